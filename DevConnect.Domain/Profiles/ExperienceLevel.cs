namespace DevConnect.Domain.Profiles;

public enum ExperienceLevel
{
    Junior = 0,
    Intermediate = 1,
    Senior = 2,
    Lead = 3,
}
