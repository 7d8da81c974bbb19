using System.IO.Compression;
using System.Text;

namespace IommuActors.Cli.Journaling;

/// <summary>The compact form of a schedule in the event journal (<c>--record-all</c>): its text, raw-deflated.</summary>
internal static class ScheduleCodec
{
    /// <summary>The manifest of a recorded schedule event.</summary>
    public const string Manifest = "schedule";

    /// <summary>Compresses a schedule's text (<c>Schedule.ToText()</c>).</summary>
    public static byte[] Encode(string text)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>Restores the schedule text written by <see cref="Encode"/>.</summary>
    public static string Decode(byte[] payload)
    {
        using var deflate = new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The event stream of a run's schedules.</summary>
    public static string PersistenceId(long runId) => $"run-{runId}";
}
