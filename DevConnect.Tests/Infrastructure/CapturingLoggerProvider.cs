using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DevConnect.Tests.Infrastructure;

public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            var line = $"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}";
            lines.Enqueue(line);
            // A browser test sees only "an unexpected error has occurred": DEVCONNECT_TEST_SERVER_ERRORS names a file
            // that collects the servers' errors, to find the reason after a failed run.
            if (logLevel >= LogLevel.Error && Environment.GetEnvironmentVariable("DEVCONNECT_TEST_SERVER_ERRORS") is { Length: > 0 } file)
            {
                lock (lines)
                {
                    File.AppendAllText(file, line + Environment.NewLine);
                }
            }
        }
    }
}
