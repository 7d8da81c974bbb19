namespace IommuActors.TestKit;

/// <summary>A failed TestKit expectation; xUnit reports it as a test failure.</summary>
public sealed class TestKitAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public TestKitAssertionException(string message)
        : base(message)
    {
    }
}
