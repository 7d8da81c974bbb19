namespace IommuActors.Cli.Tests;

/// <summary>
/// Approval testing: compares text to <c>Approved/NAME.approved.txt</c> next to the test sources. On a mismatch it writes
/// <c>NAME.received.txt</c> beside it and fails; review the diff and copy received over approved if the change is intended.
/// </summary>
internal static class Approvals
{
    public static void Verify(string actual, string name)
    {
        var directory = RepoPaths.File("tests", "IommuActors.Cli.Tests", "Approved");
        var approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var received = Normalize(actual);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        var hint = approved is null
            ? $"{approvedPath} does not exist"
            : $"first difference at line {FirstDifferentLine(approved, received)}";
        Assert.Fail($"{name}: output differs from the approved text ({hint}). Received text written to {receivedPath}; "
            + $"run `diff {approvedPath} {receivedPath}` and, if the change is intended, copy received over approved.");
    }

    /// <summary>LF line endings, no trailing whitespace, exactly one final newline.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static int FirstDifferentLine(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        var i = 0;
        while (i < a.Length && i < r.Length && a[i] == r[i])
        {
            i++;
        }

        return i + 1;
    }
}
