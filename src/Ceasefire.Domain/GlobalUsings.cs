// The library's feature namespaces, visible in every file of the library (consumers import what they use).
global using Ceasefire.Domain.Common;
global using Ceasefire.Domain.Deadlines;
global using Ceasefire.Domain.Evaluation;
global using Ceasefire.Domain.Validation;
