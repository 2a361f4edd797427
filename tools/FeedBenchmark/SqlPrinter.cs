using Microsoft.Extensions.Logging;

namespace DevConnect.FeedBenchmark;

/// <summary>With --sql, prints each SQL command EF runs (to read with EXPLAIN QUERY PLAN).</summary>
internal sealed class SqlPrinter : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.Error.WriteLine(formatter(state, exception) + "\n");

    public void Dispose()
    {
    }
}
