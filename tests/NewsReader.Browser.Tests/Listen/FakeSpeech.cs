namespace NewsReader.Browser.Tests.Listen;

/// <summary>
/// Stand-ins for the browser's speech synthesis, installed before any page script runs. Headless
/// Chromium may have no voices, and a real voice reads at its own pace; the fake starts each
/// utterance on a short timer and ends it only when the test says so, so every step is deterministic.
/// </summary>
public static class FakeSpeech
{
    /// <summary>Records every call in window.__speech.log; window.__speech.finish() ends the utterance being read.</summary>
    public const string Install = """
        (() => {
          const log = [];
          let current = null;
          const fire = (utterance, type, extra) => setTimeout(() => {
            const handler = utterance["on" + type];
            if (handler) handler(Object.assign({ type, utterance }, extra));
          }, 20);
          const synth = {
            speaking: false, paused: false, pending: false,
            speak(utterance) { log.push({ call: "speak", text: utterance.text, lang: utterance.lang }); current = utterance; this.speaking = true; fire(utterance, "start"); },
            pause() { log.push({ call: "pause" }); this.paused = true; },
            resume() { log.push({ call: "resume" }); this.paused = false; },
            // A real synthesiser ends the cancelled utterance with an error event; so does this one.
            cancel() { log.push({ call: "cancel" }); if (current) fire(current, "error", { error: "interrupted" }); current = null; this.speaking = false; },
            getVoices() { return []; },
            addEventListener() {}, removeEventListener() {},
          };
          window.__speech = { log, finish() { const utterance = current; current = null; if (utterance) fire(utterance, "end"); } };
          Object.defineProperty(window, "speechSynthesis", { configurable: true, get: () => synth });
          window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; this.onstart = null; this.onend = null; this.onerror = null; };
        })();
        """;

    /// <summary>A browser without speech synthesis.</summary>
    public const string Remove = """
        delete window.speechSynthesis;
        delete window.SpeechSynthesisUtterance;
        """;

    /// <summary>The calls made so far, by name.</summary>
    public const string Calls = "() => window.__speech.log.map((entry) => entry.call)";
}
