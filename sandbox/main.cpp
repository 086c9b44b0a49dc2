// switchboard-sandbox: the sandbox server as a process, for tests, benchmarks and teams
// that want a shared staging server. Prints one JSON line with its base URL and the
// credentials of every family on stdout when ready; serves until SIGINT or SIGTERM.

#include "sandboxbench.h"
#include "sandboxlog.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcMain, "switchboard.sandbox.main")

constexpr int ExitUsage = 2;
constexpr int ExitFailure = 1;
constexpr int MaxNumbers = 1000000;

int signalPipe[2] = {-1, -1};

// Async-signal-safe: only write() a byte; the event loop does the rest.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n%s\n", qPrintable(QCoreApplication::applicationName()),
                 qUtf8Printable(message),
                 qUtf8Printable(u"Try “%1 --help” for the options."_s
                                    .arg(QCoreApplication::applicationName())));
    return ExitUsage;
}

void printBench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// --bench: the server's side of the numbers list, then exit. The handler alone over every
// page of 1,000 (and the QJsonObject path it replaced, over the first 100), then the same
// pages and 100 small ones over HTTP from a bare keep-alive client on another thread, then
// this process's memory.
int runBench(SandboxServer &server, const QString &dataDir, double startMs)
{
    // One line per request would drown the figures (and slow them); QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"switchboard.sandbox.http.debug=false"_s);
    printBench("seed_ms", startMs, "ms"); // start(): the seed, when the folder was empty
    for (const bool reference : {false, true}) {
        const SandboxBench::PageTimes pages =
            SandboxBench::handlerPages(dataDir, Family::Twilio, 1000, reference, reference ? 100 : 0);
        if (!pages.error.isEmpty()) {
            std::fprintf(stderr, "bench: %s\n", qUtf8Printable(pages.error));
            return ExitFailure;
        }
        printBench(reference ? "page_1000_reference_ms" : "page_1000_server_ms", pages.median(), "ms");
        if (!reference)
            printBench("pages_all_server_ms", pages.total(), "ms");
    }

    const SandboxCredentials c = server.credentials();
    const QString path = u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(c.twilioAccountSid);
    SandboxBench::PageTimes all, small;
    QEventLoop loop;
    QThread *client = QThread::create([&] {
        all = SandboxBench::httpPages(server.baseUrl(), c.twilioAccountSid, c.twilioAuthToken, path, 1000);
        if (all.error.isEmpty())
            small = SandboxBench::httpPages(server.baseUrl(), c.twilioAccountSid, c.twilioAuthToken,
                                            path, 50, 100);
    });
    QObject::connect(client, &QThread::finished, &loop, &QEventLoop::quit);
    client->start();
    loop.exec();
    client->wait();
    delete client;
    for (const SandboxBench::PageTimes *times : {&all, &small}) {
        if (!times->error.isEmpty()) {
            std::fprintf(stderr, "bench: %s\n", qUtf8Printable(times->error));
            return ExitFailure;
        }
    }
    printBench("page_1000_http_ms", all.median(), "ms");
    printBench("pages_all_http_ms", all.total(), "ms");
    printBench("numbers_read", double(all.numbers), "");
    printBench("small_requests_100_ms", small.total(), "ms");
    printBench("rss_mb", SandboxBench::residentMiB(), "MiB");
    printBench("peak_rss_mb", SandboxBench::peakResidentMiB(), "MiB");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Whatever it creates (the data folder, the database holding the credentials, its
    // journals) is the user's alone; existing folders keep their mode.
    ::umask(077);
    // Before anything logs: Qt HttpServer's debug output holds every request header.
    SandboxLog::installLogFilter();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"switchboard-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local API server for Switchboard: Properties, Broadcast, Twilio and SignalWire "
        "numbers, with SQLite storage, demo data and fault injection. Prints one JSON line "
        "with the base URL and credentials when ready."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QString defaultData =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QCommandLineOption dataOption(u"data"_s,
                                        u"Keep the data in <dir> (default: %1)."_s.arg(defaultData),
                                        u"dir"_s, defaultData);
    const QCommandLineOption portOption(u"port"_s, u"Listen on <port>; 0 picks a free one (default)."_s,
                                        u"port"_s, u"0"_s);
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"Listen on <address> (default: 127.0.0.1)."_s,
                                          u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption seedOption(u"seed"_s,
                                        u"Fill an empty data folder with <name> data; the only "
                                        "one is “demo”."_s,
                                        u"name"_s);
    const QCommandLineOption numbersOption(
        u"numbers"_s,
        u"Demo phone numbers per Twilio and SignalWire account, 0 to %1 (default: 300)."_s
            .arg(MaxNumbers),
        u"count"_s, u"300"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Inject a fault, repeatable: latency=MS, error-rate=0..1, throttle=N per second, "
        "drop-rate=0..1 (closed before acting), lost-answer-rate=0..1 (closed after "
        "acting, without an answer), garble-rate=0..1, retry-after=S, date or date+S "
        "(the Retry-After of throttled answers, default 1), late-commit-rate=0..1 (a create "
        "closed without an answer and carried out late-commit-ms=MS later, default 2000)."_s,
        u"name=value"_s);
    const QCommandLineOption faultSeedOption(
        u"fault-seed"_s,
        u"Start the faults' random draws from <N> (0 to 4294967295), so a run meets the same "
        "faults again; without it a seed is picked and logged, and the start line names it."_s,
        u"N"_s);
    const QCommandLineOption limitOption(
        u"limit"_s,
        u"Change a limit on clients, repeatable: header-timeout=S (10), idle-timeout=S (30), "
        "max-connections=N (256), max-body=BYTES (4194304)."_s,
        u"name=value"_s);
    const QCommandLineOption benchOption(
        u"bench"_s,
        u"Time the numbers list and exit, printing BENCH lines: the seed (start), a page of "
        "1,000 through the handler, the pages and 100 requests of 50 over HTTP, memory."_s);
    parser.addOptions({dataOption, portOption, listenOption, seedOption, numbersOption,
                       faultOption, faultSeedOption, limitOption, benchOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    // parse() only records --help-all (added by addHelpOption()); process() prints it,
    // with Qt's own options, and exits.
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s))
        parser.process(QCoreApplication::arguments());
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(u"Unexpected argument “%1”."_s
                              .arg(parser.positionalArguments().constFirst()));
    }

    // Check every value before touching anything.
    SandboxOptions options;
    options.dataDir = parser.value(dataOption);
    if (options.dataDir.trimmed().isEmpty())
        return usageError(u"--data needs a folder."_s);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"--port must be a number from 0 to 65535, not “%1”."_s
                              .arg(parser.value(portOption)));
    options.port = quint16(port);

    const QString listen = parser.value(listenOption).trimmed();
    if (listen.compare(u"localhost", Qt::CaseInsensitive) == 0)
        options.listen = QHostAddress::LocalHost;
    else if (!options.listen.setAddress(listen))
        return usageError(u"--listen must be an IP address, not “%1”."_s.arg(listen));

    if (parser.isSet(seedOption)) {
        options.seed = parser.value(seedOption);
        if (options.seed != u"demo")
            return usageError(u"Unknown seed “%1”: the only seed is “demo”."_s.arg(options.seed));
    }

    const int numbers = parser.value(numbersOption).toInt(&ok);
    if (!ok || numbers < 0 || numbers > MaxNumbers) {
        return usageError(u"--numbers must be a whole number from 0 to %1, not “%2”."_s
                              .arg(MaxNumbers)
                              .arg(parser.value(numbersOption)));
    }
    options.numbers = numbers;

    const QStringList faults = parser.values(faultOption);
    for (const QString &fault : faults) {
        QString error;
        if (!options.faults.parse(fault, &error))
            return usageError(u"--fault: %1"_s.arg(error));
    }
    if (parser.isSet(faultSeedOption)) {
        QString error;
        if (!options.faults.parse(u"seed="_s + parser.value(faultSeedOption), &error))
            return usageError(u"--fault-seed: %1"_s.arg(error));
    }

    const QStringList limits = parser.values(limitOption);
    for (const QString &limit : limits) {
        QString error;
        if (!options.limits.parse(limit, &error))
            return usageError(u"--limit: %1"_s.arg(error));
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(u"Cannot install the signal handlers."_s));
        return ExitFailure;
    }

    SandboxServer server;
    QString error;
    QElapsedTimer startClock;
    startClock.start();
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qUtf8Printable(error));
        return ExitFailure;
    }
    if (!options.listen.isLoopback()) {
        qCWarning(lcMain, "Listening on %s: other machines can reach this sandbox",
                  qUtf8Printable(options.listen.toString()));
    }

    if (parser.isSet(benchOption))
        return runBench(server, options.dataDir, double(startClock.nsecsElapsed()) / 1e6);

    const QByteArray line = server.startLine() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        notifier.setEnabled(false);
        qCInfo(lcMain, "Shutting down");
        server.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}
