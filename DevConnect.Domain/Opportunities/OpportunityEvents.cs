namespace DevConnect.Domain.Opportunities;

/// <summary>A verified organization published an opportunity (on <see cref="OpportunityKeys.Board"/>).</summary>
public sealed record OpportunityPublished(int OpportunityId);

/// <summary>An opportunity was edited, closed or reopened (on the board's key and the opportunity's own).</summary>
public sealed record OpportunityChanged(int OpportunityId, bool IsOpen);

/// <summary>
/// An application to an opportunity arrived or changed state: on the opportunity's applications key (its admins' page)
/// and on the applicant's key (their list of applications).
/// </summary>
public sealed record OpportunityApplicationChanged(int ApplicationId, int OpportunityId, Applications.ApplicationStatus Status);

public static class OpportunityKeys
{
    /// <summary>Every open <c>/opportunities</c> list.</summary>
    public const string Board = "opportunities";

    public static string Opportunity(int opportunityId) => $"opportunity:{opportunityId}";

    /// <summary>What the organization's admins watch on the opportunity's applications page.</summary>
    public static string Applications(int opportunityId) => $"opportunity-applications:{opportunityId}";
}
