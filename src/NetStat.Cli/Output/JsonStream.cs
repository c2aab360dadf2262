using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetStat.Text;

namespace NetStat.Cli.Output;

/// <summary>
/// One JSON document per pass, streamed into a <see cref="TextOutput"/>: a Utf8JsonWriter writes
/// into a reusable buffer that is handed to the output in blocks, so a listing of 100,000
/// sockets never sits whole in memory. Each document is one line (NDJSON under -c).
/// </summary>
internal sealed class JsonStream
{
    /// <summary>The version of docs/json-schema.json this writer follows.</summary>
    public const int SchemaVersion = 1;

    private const int BlockSize = 32 * 1024;

    private static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText NetnsName = JsonEncodedText.Encode("netns");

    private readonly TextOutput _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize * 2);
    private readonly byte[] _escaped = new byte[1024];

    public JsonStream(TextOutput output)
    {
        _output = output;
        // Relaxed escaping keeps non-ASCII text readable; names reach the writer already made
        // safe by SafeText, so no control character or invalid byte is left for it to escape.
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <summary>The writer of the current document.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Whether a document is open.</summary>
    public bool InDocument { get; private set; }

    /// <summary>
    /// The network namespace the records come from; when set, the document and every record
    /// carry it as "netns" (see <see cref="RecordStart"/>). Null leaves the field out. Unless set, it
    /// follows the namespace being read (--netns, --netns-pid, each --all-netns section).
    /// </summary>
    public string? Netns
    {
        get => _netns ?? NetStat.Cli.Rendering.RenderContext.Namespace?.JsonText;
        set => _netns = value;
    }

    private string? _netns;

    /// <summary>Opens the document: <c>{"schema":1</c>; the caller adds its sections.</summary>
    public void BeginDocument()
    {
        Writer.Reset(_buffer);
        Writer.WriteStartObject();
        Writer.WriteNumber(SchemaName, SchemaVersion);
        if (Netns is not null)
            Writer.WriteString(NetnsName, Netns);
        InDocument = true;
    }

    /// <summary>Closes every open array and object, ends the line and hands it to the output.</summary>
    public void EndDocument()
    {
        if (!InDocument)
            return;
        while (Writer.CurrentDepth > 0)
        {
            // The depth alone does not say whether an array or an object is open; the callers
            // close their own arrays, so what is left is the document object.
            Writer.WriteEndObject();
        }
        Writer.Flush();
        _buffer.Write("\n"u8);
        Drain();
        InDocument = false;
    }

    /// <summary>Starts a record object and writes the fields every record shares.</summary>
    public void RecordStart()
    {
        Writer.WriteStartObject();
        if (Netns is not null)
            Writer.WriteString(NetnsName, Netns);
    }

    /// <summary>Ends a record, handing a full block to the output.</summary>
    public void RecordEnd()
    {
        Writer.WriteEndObject();
        if (Writer.BytesPending + _buffer.WrittenCount >= BlockSize)
        {
            Writer.Flush();
            Drain();
        }
    }

    private void Drain()
    {
        _output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    /// <summary>A name from the kernel or another user: escaped as the text output escapes it (\xHH), then JSON-encoded.</summary>
    public void SafeString(JsonEncodedText property, ReadOnlySpan<byte> raw)
    {
        if (SafeText.IsSafe(raw))
        {
            Writer.WriteString(property, raw);
            return;
        }
        int length = SafeText.EscapedLength(raw);
        var destination = length <= _escaped.Length ? _escaped.AsSpan(0, length) : new byte[length];
        SafeText.Escape(raw, destination);
        Writer.WriteString(property, destination);
    }

    /// <summary>A safe string as an array element.</summary>
    public void SafeStringValue(ReadOnlySpan<byte> raw)
    {
        if (SafeText.IsSafe(raw))
        {
            Writer.WriteStringValue(raw);
            return;
        }
        int length = SafeText.EscapedLength(raw);
        var destination = length <= _escaped.Length ? _escaped.AsSpan(0, length) : new byte[length];
        SafeText.Escape(raw, destination);
        Writer.WriteStringValue(destination);
    }

    /// <summary>Writes an already-complete JSON value produced elsewhere (a buffered section).</summary>
    public void RawValue(JsonEncodedText property, ReadOnlySpan<byte> json)
    {
        Writer.WritePropertyName(property);
        Writer.WriteRawValue(json, skipInputValidation: true);
    }
}
