using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IommuActors.Cli.Tests;

/// <summary>
/// A TCP proxy in front of a real server that "stops the server" at a chosen point: when the client has sent a
/// byte pattern for the n-th time (e.g. the n-th <c>INSERT INTO violations</c> in the PostgreSQL wire protocol), it
/// closes every connection and its listener before forwarding, so that write and every reconnect fail.
/// </summary>
internal sealed class CuttingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly byte[] _pattern;
    private readonly int _cutAt;
    private readonly List<TcpClient> _open = [];
    private readonly object _gate = new();
    private int _seen;

    public CuttingProxy(string host, int port, string pattern, int cutAt)
    {
        _host = host;
        _port = port;
        _pattern = Encoding.UTF8.GetBytes(pattern);
        _cutAt = cutAt;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    /// <summary>Gets the port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Gets a value indicating whether the proxy has cut the server off.</summary>
    public bool IsCut { get; private set; }

    public void Dispose() => Cut();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                var server = new TcpClient();
                await server.ConnectAsync(_host, _port);
                lock (_gate)
                {
                    if (IsCut)
                    {
                        client.Dispose();
                        server.Dispose();
                        return;
                    }

                    _open.Add(client);
                    _open.Add(server);
                }

                _ = PumpAsync(client.GetStream(), server.GetStream(), watch: true);
                _ = PumpAsync(server.GetStream(), client.GetStream(), watch: false);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // the listener was stopped
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool watch)
    {
        var buffer = new byte[64 * 1024];
        var tail = Array.Empty<byte>();
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer)) > 0)
            {
                if (watch)
                {
                    byte[] window = [.. tail, .. buffer.AsSpan(0, read)];
                    if (Count(window, tail.Length))
                    {
                        Cut();
                        return;
                    }

                    tail = window.Length < _pattern.Length ? window : window[^(_pattern.Length - 1)..];
                }

                await to.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException)
        {
            // one side was closed
        }
    }

    /// <summary>Counts the pattern's occurrences that end past <paramref name="old"/> bytes; true when the cut is due.</summary>
    private bool Count(byte[] window, int old)
    {
        var span = window.AsSpan();
        for (var at = span.IndexOf(_pattern); at >= 0;)
        {
            if (at + _pattern.Length > old && Interlocked.Increment(ref _seen) >= _cutAt)
            {
                return true;
            }

            var next = span[(at + 1)..].IndexOf(_pattern);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private void Cut()
    {
        lock (_gate)
        {
            IsCut = true;
            _listener.Stop();
            foreach (var socket in _open)
            {
                socket.Dispose();
            }

            _open.Clear();
        }
    }
}
