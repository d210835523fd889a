global using Ceasefire.Domain.Deadlines;
global using Ceasefire.Domain.Evaluation;
