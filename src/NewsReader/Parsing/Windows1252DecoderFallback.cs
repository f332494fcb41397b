using System.Text;

namespace NewsReader.Parsing;

/// <summary>
/// Decodes only the bytes that are not valid UTF-8 as Windows-1252. A file that is UTF-8 but
/// for one Latin-1 "£" keeps its curly quotes intact instead of turning them into mojibake.
/// </summary>
internal sealed class Windows1252DecoderFallback : DecoderFallback
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private string _replacement = string.Empty;
        private int _position;

        public override int Remaining => _replacement.Length - _position;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _replacement = Windows1252.GetString(bytesUnknown);
            _position = 0;
            return _replacement.Length > 0;
        }

        public override char GetNextChar() => _position < _replacement.Length ? _replacement[_position++] : '\0';

        public override bool MovePrevious()
        {
            if (_position == 0)
            {
                return false;
            }

            _position--;
            return true;
        }

        public override void Reset()
        {
            _replacement = string.Empty;
            _position = 0;
        }
    }
}
