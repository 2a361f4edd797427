namespace DevConnect.Domain.Applications;

/// <summary>A new application for one of the owner's projects (published on the owner's key).</summary>
public sealed record ApplicationSubmitted(int ApplicationId, int ProjectId);

/// <summary>An application changed state (published on the applicant's and the owner's keys).</summary>
public sealed record ApplicationStatusChanged(int ApplicationId, int ProjectId, ApplicationStatus Status);

/// <summary>Someone joined or left a project's team (published on the project's key).</summary>
public sealed record TeamChanged(int ProjectId);
