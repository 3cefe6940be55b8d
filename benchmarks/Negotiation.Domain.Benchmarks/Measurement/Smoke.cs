using System.Reflection;
using BenchmarkDotNet.Attributes;
using Negotiation.Domain.Benchmarks.Serialization;

namespace Negotiation.Domain.Benchmarks.Measurement;

/// <summary>Runs each serialization benchmark once per document, after its setup (which checks that every row reads or writes the same document).</summary>
public static class Smoke
{
    public static int Run(string[] documents)
    {
        documents = documents.Length > 0 ? documents : ["seed", "100", "1000"];
        foreach (var document in documents)
        {
            object[] classes =
            [
                new WriteBenchmarks { Document = document },
                new ReadBenchmarks { Document = document },
                new NonCanonicalInputBenchmarks { Document = document },
            ];
            foreach (var instance in classes)
            {
                var methods = instance.GetType().GetMethods();
                methods.Single(method => method.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(instance, null);
                foreach (var method in methods.Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    method.Invoke(instance, null);
                }

                Console.WriteLine($"{instance.GetType().Name} {document}: ok");
            }
        }

        return 0;
    }
}
