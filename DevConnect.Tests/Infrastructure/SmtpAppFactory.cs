using System.Globalization;

namespace DevConnect.Tests.Infrastructure;

/// <summary>The seeded app sending its email through MailKit to an <see cref="SmtpSink"/> on loopback, as it would to a real server.</summary>
public sealed class SmtpAppFactory : DevConnectAppFactory
{
    public SmtpAppFactory()
    {
        SeedDemoData = true;
        Settings["Email:SmtpHost"] = "127.0.0.1";
        Settings["Email:SmtpPort"] = Sink.Port.ToString(CultureInfo.InvariantCulture);
        Settings["Email:SmtpEnableSsl"] = "false";
    }

    public SmtpSink Sink { get; } = SmtpSink.Start();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
