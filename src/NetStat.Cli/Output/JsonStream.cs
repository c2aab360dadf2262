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
    /// The "netns" value of the document and its records: the namespace being read (--netns,
    /// --netns-pid, each --all-netns section), null without one (the field is left out). Encoded
    /// once per label, not per record.
    /// </summary>
    public JsonEncodedText? Netns
    {
        get
        {
            var label = NetStat.Cli.Rendering.RenderContext.Namespace;
            if (label is null)
                return null;
            if (!ReferenceEquals(label, _netnsLabel))
            {
                _netnsText = JsonEncodedText.Encode(label.JsonText, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
                _netnsLabel = label;
            }
            return _netnsText;
        }
    }

    private NetStat.Cli.Rendering.NamespaceLabel? _netnsLabel;
    private JsonEncodedText _netnsText;

    // The record array being written ("sockets", "routes", ...), if one is open.
    private JsonEncodedText? _section;

    /// <summary>Opens the document: <c>{"schema":1</c>; the caller adds its sections.</summary>
    public void BeginDocument()
    {
        Writer.Reset(_buffer);
        Writer.WriteStartObject();
        Writer.WriteNumber(SchemaName, SchemaVersion);
        if (Netns is JsonEncodedText netns)
            Writer.WriteString(NetnsName, netns);
        _section = null;
        InDocument = true;
    }

    /// <summary>
    /// Opens the record array <paramref name="name"/> unless it is the one already open (a pass
    /// may start several tables that share one array); another open array is closed first.
    /// </summary>
    public void OpenSection(JsonEncodedText name)
    {
        if (_section is JsonEncodedText open && open.Equals(name))
            return;
        CloseSection();
        Writer.WriteStartArray(name);
        _section = name;
    }

    /// <summary>Closes the open record array, if any.</summary>
    public void CloseSection()
    {
        if (_section is null)
            return;
        Writer.WriteEndArray();
        _section = null;
    }

    /// <summary>Closes the open record array and the document, ends the line and hands it to the output.</summary>
    public void EndDocument()
    {
        if (!InDocument)
            return;
        CloseSection();
        // With the record array closed, what is left open is the document object.
        while (Writer.CurrentDepth > 0)
            Writer.WriteEndObject();
        Writer.Flush();
        _buffer.Write("\n"u8);
        Drain();
        InDocument = false;
    }

    /// <summary>Starts a record object and writes the fields every record shares.</summary>
    public void RecordStart()
    {
        Writer.WriteStartObject();
        if (Netns is JsonEncodedText netns)
            Writer.WriteString(NetnsName, netns);
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

    /// <summary>
    /// A name from the kernel or another user: escaped as the text output escapes it (\xHH, see
    /// SafeText), then JSON-encoded. Safe text, nearly all of it, is written without a copy.
    /// </summary>
    public void SafeString(JsonEncodedText property, ReadOnlySpan<byte> raw) =>
        Writer.WriteString(property, SafeText.Escape(raw));

    /// <summary>Writes an already-complete JSON value produced elsewhere (a buffered section).</summary>
    public void RawValue(JsonEncodedText property, ReadOnlySpan<byte> json)
    {
        Writer.WritePropertyName(property);
        Writer.WriteRawValue(json, skipInputValidation: true);
    }
}
