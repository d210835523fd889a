using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ceasefire.Domain.Benchmarks;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Serialization;

/// <summary>
/// Issue 14, I/O: bounded messages (defect 5), bounded memory and field-length limits (6), a line and byte offset for
/// every problem (10), streaming writers (11), and the byte, stream and asynchronous readers and writers giving the same
/// documents as the string ones.
/// </summary>
public sealed class StreamingIoTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    private static readonly Instant AsOf = Instant.FromUtc(2023, 6, 1, 0, 0);

    private static CeasefireValidationException ReadFails(Func<object> read)
        => FluentActions.Invoking(read).Should().Throw<CeasefireValidationException>().Which;

    // ---- defect 5: messages echo a bounded excerpt and list a bounded number of problems ----

    [Fact]
    public void Read_HugeBadDate_MessageEchoesABoundedExcerpt()
    {
        var json = CeasefireJson.Serialize(T);
        var first = T.Claims[0];
        var day = first.KnownOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var hostile = json.Replace(string.Concat("\"knownOn\": \"", day, "\""), string.Concat("\"knownOn\": \"", new string('9', 5_000_000), "\""), StringComparison.Ordinal);
        hostile.Length.Should().BeGreaterThan(5_000_000);

        var e = ReadFails(() => CeasefireJson.ReadTimeline(hostile, S, new CeasefireJsonOptions { MaxStringLength = 10_000_000 }));

        e.Problems.Should().NotBeEmpty();
        e.Message.Length.Should().BeLessThan(CeasefireValidationException.MaxListedProblems * (CeasefireValidationException.MaxProblemLineLength + 3) + 200);
        e.Problems.Max(p => p.Message.Length).Should().BeLessThan(1_000, "the problem's own message echoes an excerpt too");
    }

    [Fact]
    public void Read_HugeBadDate_DefaultOptions_RefusedWithABoundedMessage()
    {
        var json = CeasefireJson.Serialize(T);
        var day = T.Claims[0].KnownOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var hostile = json.Replace(string.Concat("\"knownOn\": \"", day, "\""), string.Concat("\"knownOn\": \"", new string('9', 5_000_000), "\""), StringComparison.Ordinal);

        var e = ReadFails(() => CeasefireJson.ReadTimeline(hostile, S));

        e.Problems.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.TooLarge);
        e.Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void Read_ManyUnknownFields_MessageListsTheFirstAndCountsTheRest()
    {
        var fields = string.Concat(Enumerable.Range(0, 20_000).Select(i => string.Concat(",\"unknown", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "\":1")));
        var json = CeasefireJson.Serialize(S);
        var hostile = string.Concat(json.AsSpan(0, json.LastIndexOf('}')), fields, "}");

        var e = ReadFails(() => CeasefireJson.ReadStatement(hostile));

        e.Problems.Should().HaveCount(20_000, "the full list stays on Problems");
        e.Message.Split('\n').Should().HaveCount(1 + CeasefireValidationException.MaxListedProblems + 1);
        e.Message.Should().EndWith("- ... and 19950 more problems (every problem is on Problems)");
        e.Message.Length.Should().BeLessThan(10_000);
    }

    [Fact]
    public void Message_OneHugeProblem_IsCutToTheLineLimit()
    {
        var e = new CeasefireValidationException("statement", [new ValidationProblem("$.title", ValidationCodes.Invalid, new string('x', 1_000_000)) { Line = 3, ByteOffset = 40 }]);

        var line = e.Message.Split('\n')[1];
        line.Should().StartWith("- $.title (line 3, byte 40): xxx").And.EndWith("...");
        line.Length.Should().Be(2 + CeasefireValidationException.MaxProblemLineLength);
    }

    // ---- defect 6: field-length limits with safe defaults; memory per input byte bounded ----

    [Fact]
    public void Read_OneMegabyteTitle_RejectedByDefaultWithItsLocation()
    {
        var json = CeasefireJson.Serialize(S);
        var hostile = json.Replace(string.Concat("\"title\": \"", JsonEncodedText.Encode(S.Title, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), "\""), string.Concat("\"title\": \"", new string('t', 1_000_000), "\""), StringComparison.Ordinal);
        hostile.Length.Should().BeGreaterThan(1_000_000);

        var problem = ReadFails(() => CeasefireJson.ReadStatement(hostile)).Problems.Should().ContainSingle().Which;

        problem.Code.Should().Be(ValidationCodes.TooLarge);
        problem.Path.Should().Be("$.title");
        problem.Line.Should().Be(3);
        problem.ByteOffset.Should().Be(Encoding.UTF8.GetByteCount(hostile.AsSpan(0, hostile.IndexOf("\"tttt", StringComparison.Ordinal))));
        problem.Message.Should().Contain("1000000 bytes").And.Contain("MaxStringLength").And.NotContain("tttt");
        CeasefireJson.ReadStatement(hostile, new CeasefireJsonOptions { MaxStringLength = 2_000_000 }).Title.Should().HaveLength(1_000_000);
    }

    [Fact]
    public void Read_LongFieldName_RejectedWithoutEchoingIt()
    {
        var json = CeasefireJson.Serialize(S);
        var hostile = string.Concat(json.AsSpan(0, json.LastIndexOf('}')), ",\"", new string('n', 100_000), "\":1}");

        var problem = ReadFails(() => CeasefireJson.ReadStatement(hostile)).Problems.Should().ContainSingle().Which;

        problem.Code.Should().Be(ValidationCodes.TooLarge);
        problem.Message.Should().Contain("MaxPropertyNameLength").And.NotContain("nnnn");
        problem.Line.Should().NotBeNull();
        problem.ByteOffset.Should().Be(Encoding.UTF8.GetByteCount(hostile.AsSpan(0, hostile.IndexOf("\"nnnn", StringComparison.Ordinal))));
    }

    [Fact]
    public void Read_EscapedLongString_LimitCountsUnescapedBytes()
    {
        var json = CeasefireJson.Serialize(S);
        var title = JsonEncodedText.Encode(S.Title, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        // 300 escaped characters of 6 bytes each: 1,800 bytes as written, 300 once unescaped.
        var hostile = json.Replace(string.Concat("\"title\": \"", title, "\""), string.Concat("\"title\": \"", string.Concat(Enumerable.Repeat("\\u0041", 300)), "\""), StringComparison.Ordinal);

        CeasefireJson.ReadStatement(hostile, new CeasefireJsonOptions { MaxStringLength = 1_000 }).Title.Should().Be(new string('A', 300));
        ReadFails(() => CeasefireJson.ReadStatement(hostile, new CeasefireJsonOptions { MaxStringLength = 299 })).Problems
            .Should().ContainSingle(p => p.Path == "$.title").Which.Code.Should().Be(ValidationCodes.TooLarge);
    }

    [Fact]
    public void ReadTimeline_Stream_AllocatesABoundedNumberOfBytesPerInputByte()
    {
        // docs/io.md: reading holds the document once (as bytes); what is allocated beyond is the builder state and the
        // model. Measured on a 1,000-claim document; the bound is what docs/io.md states.
        var (statement, timeline) = WorkloadGenerator.Create(50, 1_000);
        var bytes = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(timeline));
        CeasefireJson.ReadTimeline(new MemoryStream(bytes), statement); // warm-up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var back = CeasefireJson.ReadTimeline(new MemoryStream(bytes), statement);
        var perByte = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / bytes.Length;

        back.Should().Be(timeline);
        perByte.Should().BeLessThan(10.0, "docs/io.md documents at most 10 bytes allocated per input byte when reading a timeline from a stream");
    }

    // ---- defect 10: every problem has a line and a byte offset ----

    [Fact]
    public void Read_EscapedLoneSurrogate_HasPathLineAndByteOffset()
    {
        var json = CeasefireJson.Serialize(S).Replace("\"Republic of Armenia\"", "\"\\udc00\"", StringComparison.Ordinal);
        var expectedOffset = Encoding.UTF8.GetByteCount(json.AsSpan(0, json.IndexOf("\"\\udc00\"", StringComparison.Ordinal)));

        var problem = ReadFails(() => CeasefireJson.ReadStatement(json)).Problems.Should().ContainSingle().Which;

        problem.Code.Should().Be(ValidationCodes.InvalidJson);
        problem.Path.Should().NotBe("$").And.StartWith("$.actors[");
        problem.Line.Should().Be(json[..json.IndexOf("\"\\udc00\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
        problem.ByteOffset.Should().Be(expectedOffset);
        problem.ToString().Should().Contain(", byte ");
    }

    [Fact]
    public void ReadStatement_InvalidUtf8ThroughStream_HasLineAndByteOffset()
    {
        using var stream = new MemoryStream([(byte)'{', (byte)'\n', (byte)' ', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        var problem = ReadFails(() => CeasefireJson.ReadStatement(stream)).Problems.Should().ContainSingle().Which;

        problem.Code.Should().Be(ValidationCodes.InvalidJson);
        problem.Line.Should().Be(2);
        problem.ByteOffset.Should().Be(4);
        problem.ToString().Should().Contain("(line 2, byte 4)");
    }

    [Fact]
    public void Read_MalformedJson_HasLineAndByteOffset()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"title\": x\n}";

        var problem = ReadFails(() => CeasefireJson.ReadStatement(json)).Problems.Should().ContainSingle().Which;

        problem.Line.Should().Be(3);
        problem.ByteOffset.Should().Be(json.IndexOf('x', StringComparison.Ordinal));
    }

    [Fact]
    public void ReadTimeline_ValidatorProblem_HasLineAndByteOffsetOfItsValue()
    {
        var json = CeasefireJson.Serialize(T);
        var id = T.Claims[1].Id;
        var hostile = json.Replace(string.Concat("\"id\": \"", id, "\""), string.Concat("\"id\": \"", T.Claims[0].Id, "\""), StringComparison.Ordinal);

        var problem = ReadFails(() => CeasefireJson.ReadTimeline(Encoding.UTF8.GetBytes(hostile), S)).Problems.Should().ContainSingle().Which;

        problem.Path.Should().Be("$.claims[1].id");
        var at = hostile.IndexOf(string.Concat("\"id\": \"", T.Claims[0].Id, "\""), hostile.IndexOf("\"id\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal) + "\"id\": ".Length;
        problem.ByteOffset.Should().Be(Encoding.UTF8.GetByteCount(hostile.AsSpan(0, at)));
        problem.Line.Should().Be(hostile[..at].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void Read_ShapeProblems_EachHasLineAndByteOffset()
    {
        var json = CeasefireJson.Serialize(S).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true, \"other\": [null],", StringComparison.Ordinal);

        var problems = ReadFails(() => CeasefireJson.ReadStatement(json)).Problems;

        problems.Should().HaveCountGreaterThanOrEqualTo(2);
        problems.Should().OnlyContain(p => p.Line != null && p.ByteOffset != null);
    }

    // ---- defect 11: a streaming writer ----

    [Fact]
    public void SerializeReport_ToStream_WritesIncrementallyInBoundedChunks()
    {
        var (statement, timeline) = WorkloadGenerator.Create(2_000, 4_000);
        var report = statement.Evaluate(timeline, AsOf);
        var sink = new CountingStream();

        CeasefireJson.Serialize(report, sink);

        var total = sink.Length;
        total.Should().BeGreaterThan(20 * CeasefireJsonWriter.FlushThreshold, "the document is large enough to need many flushes");
        sink.Writes.Should().BeGreaterThan(10);
        sink.LargestWrite.Should().BeLessThan(4 * CeasefireJsonWriter.FlushThreshold, "the writer flushes as it goes instead of buffering the document");
        sink.BytesAtFirstWrite.Should().BeLessThan(total / 10);
        Encoding.UTF8.GetString(sink.ToArray()).Should().Be(JsonSerializer.Serialize(DtoMapper.ToDocument(report), CeasefireJson.Context.ReportDocument), "the streamed bytes are those of the document serialized whole");
    }

    [Fact]
    public void SerializeTimeline_ToStream_WritesIncrementallyAndMatchesTheWholeDocument()
    {
        var (_, timeline) = WorkloadGenerator.Create(50, 5_000);
        var sink = new CountingStream();

        CeasefireJson.Serialize(timeline, sink);

        sink.Writes.Should().BeGreaterThan(10);
        sink.LargestWrite.Should().BeLessThan(4 * CeasefireJsonWriter.FlushThreshold);
        var whole = JsonSerializer.Serialize(new TimelineDocument { SchemaVersion = 1, Claims = [.. timeline.Claims.Select(ClaimState.From)] }, CeasefireJson.Context.TimelineDocument);
        Encoding.UTF8.GetString(sink.ToArray()).Should().Be(whole);
        whole.Length.Should().BeGreaterThan(2 * 1024 * 1024, "the string writer's buffer holds several segments");
        CeasefireJson.Serialize(timeline).Should().Be(whole);
    }

    [Fact]
    public async Task Writers_StreamBufferWriterAndAsync_GiveTheStringWritersBytes()
    {
        var report = S.Evaluate(T, AsOf);
        foreach (var (text, write, writeBuffer, writeAsync) in new (string, Action<Stream>, Action<IBufferWriter<byte>>, Func<Stream, Task>)[]
        {
            (CeasefireJson.Serialize(S), s => CeasefireJson.Serialize(S, s), b => CeasefireJson.Serialize(S, b), s => CeasefireJson.SerializeAsync(S, s)),
            (CeasefireJson.Serialize(T), s => CeasefireJson.Serialize(T, s), b => CeasefireJson.Serialize(T, b), s => CeasefireJson.SerializeAsync(T, s)),
            (CeasefireJson.Serialize(report), s => CeasefireJson.Serialize(report, s), b => CeasefireJson.Serialize(report, b), s => CeasefireJson.SerializeAsync(report, s)),
        })
        {
            var stream = new MemoryStream();
            write(stream);
            Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
            var buffer = new ArrayBufferWriter<byte>();
            writeBuffer(buffer);
            Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(text);
            var asyncStream = new MemoryStream();
            await writeAsync(asyncStream);
            Encoding.UTF8.GetString(asyncStream.ToArray()).Should().Be(text);
        }
    }

    [Fact]
    public async Task SerializeAsync_Cancelled_Throws()
    {
        var (_, timeline) = WorkloadGenerator.Create(50, 2_000);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => CeasefireJson.SerializeAsync(timeline, new MemoryStream(), cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    // ---- readers over bytes, streams and asynchronously ----

    [Fact]
    public async Task Readers_BytesStreamAndAsync_ReadWhatWasWritten()
    {
        var report = S.Evaluate(T, AsOf);
        var statement = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(S));
        var timeline = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(T));
        var reportBytes = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(report));

        CeasefireJson.ReadStatement(statement.AsSpan()).Should().Be(S);
        CeasefireJson.ReadTimeline(timeline.AsSpan(), S).Should().Be(T);
        CeasefireJson.Serialize(CeasefireJson.ReadReport(reportBytes.AsSpan(), S, T)).Should().Be(CeasefireJson.Serialize(report));
        CeasefireJson.Serialize(CeasefireJson.ReadReport(new MemoryStream(reportBytes), S, T)).Should().Be(CeasefireJson.Serialize(report));
        (await CeasefireJson.ReadStatementAsync(new MemoryStream(statement))).Should().Be(S);
        (await CeasefireJson.ReadTimelineAsync(new MemoryStream(timeline), S)).Should().Be(T);
        CeasefireJson.Serialize(await CeasefireJson.ReadReportAsync(new MemoryStream(reportBytes), S, T)).Should().Be(CeasefireJson.Serialize(report));
    }

    [Fact]
    public void ReadStatement_ByteOrderMark_Skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CeasefireJson.Serialize(S))];

        CeasefireJson.ReadStatement(bytes.AsSpan()).Should().Be(S);
        CeasefireJson.ReadStatement(new MemoryStream(bytes)).Should().Be(S);
    }

    [Fact]
    public void ReadTimeline_NonSeekableStreamInSmallChunks_ReadsAndEnforcesTheLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(CeasefireJson.Serialize(T));

        CeasefireJson.ReadTimeline(new TrickleStream(bytes), S).Should().Be(T);
        ReadFails(() => CeasefireJson.ReadTimeline(new TrickleStream(bytes), S, new CeasefireJsonOptions { MaxBytes = bytes.Length - 1 })).Problems.Single().Code.Should().Be(ValidationCodes.TooLarge);
        CeasefireJson.ReadTimeline(new TrickleStream(bytes), S, new CeasefireJsonOptions { MaxBytes = bytes.Length }).Should().Be(T);
    }

    [Fact]
    public async Task ReadTimelineAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => CeasefireJson.ReadTimelineAsync(new TrickleStream(Encoding.UTF8.GetBytes(CeasefireJson.Serialize(T))), S, null, cancel.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>A write-only stream that counts its writes and keeps the bytes.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public long BytesAtFirstWrite { get; private set; } = -1;

        public override void Write(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Count(buffer);

        private void Count(ReadOnlySpan<byte> buffer)
        {
            if (buffer.Length == 0)
            {
                return;
            }

            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            if (BytesAtFirstWrite < 0)
            {
                BytesAtFirstWrite = buffer.Length;
            }

            var copy = buffer.ToArray();
            base.Write(copy, 0, copy.Length);
        }
    }

    /// <summary>A non-seekable stream that returns at most 1,000 bytes per read.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, 1_000), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<int>(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
