using System.Collections.Immutable;
using System.Text;
using IommuActors.Runtime.Hashing;

namespace IommuActors.Runtime.Scheduling;

/// <summary>A recorded run: every delivery, timer and data choice in order, keyed by meaning.</summary>
public sealed class Schedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="steps">The steps in execution order.</param>
    public Schedule(ImmutableArray<ScheduleStep> steps)
    {
        Steps = steps.IsDefault ? [] : steps;
    }

    /// <summary>Gets the empty schedule.</summary>
    public static Schedule Empty { get; } = new([]);

    /// <summary>Gets the steps.</summary>
    public ImmutableArray<ScheduleStep> Steps { get; }

    /// <summary>Gets the number of steps.</summary>
    public int Count => Steps.Length;

    /// <summary>Gets a stable 64-bit hash of the step list (the same in every process and on every machine).</summary>
    public ulong Hash
    {
        get
        {
            var h = default(StableHash);
            h.Add((ulong)Steps.Length);
            foreach (var step in Steps)
            {
                h.Add(step.ToString());
            }

            return h.Value;
        }
    }

    /// <summary>Parses the text written by <see cref="ToText"/>; blank lines and <c>#</c> comments are ignored.</summary>
    /// <param name="text">The schedule text.</param>
    /// <param name="origin">A file name for messages.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="FormatException">A line is malformed; the message names origin:line.</exception>
    public static Schedule Parse(string text, string origin = "<schedule>")
    {
        var steps = ImmutableArray.CreateBuilder<ScheduleStep>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!ScheduleStep.TryParse(line, out var step, out var error))
            {
                throw new FormatException($"{origin}:{lineNo}:1: {error}");
            }

            steps.Add(step!);
        }

        return new Schedule(steps.ToImmutable());
    }

    /// <summary>Writes one step per line.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var step in Steps)
        {
            sb.Append(step).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Returns the first <paramref name="count"/> steps.</summary>
    /// <param name="count">How many steps to keep.</param>
    /// <returns>The prefix.</returns>
    public Schedule Prefix(int count) => new(Steps.Take(Math.Min(count, Steps.Length)).ToImmutableArray());

    /// <summary>Returns a copy with step <paramref name="index"/> replaced.</summary>
    /// <param name="index">The step index.</param>
    /// <param name="step">The new step.</param>
    /// <returns>The edited schedule.</returns>
    public Schedule WithStep(int index, ScheduleStep step) => new(Steps.SetItem(index, step));
}
