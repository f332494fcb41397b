using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;
using NewsReader.Benchmarks.Extraction;
using NewsReader.Benchmarks.Relevance;

// dotnet run -c Release --project tests/NewsReader.Benchmarks -- corpus 100000 DIR    writes a corpus
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- latency 100000 [--mapped]   p50/p99 per query kind (--mapped: on the index as a restart maps it)
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- floor DIR            read-and-split floor
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- ingest DIR           load + publish, peak memory
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- restart DIR CACHE    a start with the snapshot store in CACHE (cold the first time, then a restart)
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- topics DIR [300]     topics per article, the most used topics and the common words among them
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- large-pages DIR 10      parse time of the largest pages, as saved and inflated to 5 MB
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- hostile              time to reject each hostile file
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- extraction-eval DIR [--misses]  segment recall/exclusion and metadata agreement on a trafilatura-style set (DIR/evaldata.json + DIR/pages)
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- extraction-images DIR   share of the pictures Readability keeps that the app keeps too
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- extraction DIR TRUTH.json   body shingle P/R/F1 + field agreement against a ground truth
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- extraction-dump FILE | extraction-why FILE SEGMENT   one page's body blocks, or the containers around a segment
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- relevance DIR [--misses]   known-item search, related reading and topic figures on a folder filed by section
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- related-latency 100000   p50/p99 of working out an article's related reading (its page's first render)
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- --filter '*'          BenchmarkDotNet
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- --filter '*ParsingBenchmarks*' --job short   one class: Parsing, Ingestion, Rendering, Search
switch (args)
{
    case ["corpus", var count, var folder]:
        CorpusGenerator.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), folder);
        return 0;
    case ["latency", var count]:
        await SearchLatency.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["latency", var count, "--mapped"]:
        await SearchLatency.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), mapped: true);
        return 0;
    case ["floor", var folder]:
        IngestionFigures.Floor(folder);
        return 0;
    case ["ingest", var folder]:
        await IngestionFigures.IngestAsync(folder);
        return 0;
    case ["restart", var folder, var cache]:
        await StartFigures.RestartAsync(folder, cache);
        return 0;
    case ["topics", var folder]:
        return await TopicFigures.RunAsync(folder, 300);
    case ["topics", var folder, var top]:
        return await TopicFigures.RunAsync(folder, int.Parse(top, System.Globalization.CultureInfo.InvariantCulture));
    case ["extraction-dump", var file]:
        ExtractionProbe.Dump(file);
        return 0;
    case ["extraction-why", var file, var segment]:
        ExtractionProbe.Ancestors(file, segment);
        return 0;
    case ["large-pages", var folder, var count]:
        LargePageTiming.Run(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["hostile"]:
        HostileFigures.Run();
        return 0;
    case ["extraction-eval", var folder]:
        return SegmentEvaluation.Run(folder);
    case ["extraction-eval", var folder, "--misses"]:
        return SegmentEvaluation.Run(folder, misses: true);
    case ["extraction-images", var folder]:
        return ImageEvaluation.Run(folder);
    case ["extraction", var folder, var truth]:
        return TruthEvaluation.Run(folder, truth);
    case ["relevance", var folder]:
        return await RelevanceFigures.RunAsync(folder, misses: false);
    case ["relevance", var folder, "--misses"]:
        return await RelevanceFigures.RunAsync(folder, misses: true);
    case ["related-latency", var count]:
        RelatedLatency.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["serve", var folder, var port]:
        return await ReferenceServer.RunAsync(folder, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        return 0;
}
