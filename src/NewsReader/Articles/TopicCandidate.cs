namespace NewsReader.Articles;

/// <summary>
/// A topic as one article names it, before the whole corpus has had its say (see the topic index):
/// its name (folded and in normal case), what the article's own clues say it is, how prominent it is
/// there, and whether the article also uses the name's lower-case form ("door" beside "Door").
/// </summary>
/// <param name="Salience">Mentions, weighted for the headline, the lead and how many paragraphs it spreads over.</param>
/// <param name="LowerCaseToo">Only for a single capitalised word: the article also writes it in lower case.</param>
public readonly record struct TopicCandidate(string Name, TopicKind Kind, float Salience, bool LowerCaseToo);
