// Every page answers the domain's one result shape (DomainResult) the same way, without a using per component.
global using DevConnect.Domain;
