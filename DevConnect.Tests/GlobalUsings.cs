// The domain's result shape (DomainResult and its deconstruction) reads the same in every test as in the app.
global using DevConnect.Domain;
