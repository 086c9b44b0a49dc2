// Bulk review at an operator's scale: the real NumberTableModel and NumberFilterModel over a
// switchboard-sandbox run as its own process (so the memory figure counts this client
// alone), on a temporary folder seeded with --numbers N per account.
//
//     bench_numbers [--numbers 100000] [--million]
//
// Prints, as BENCH lines: the server's side (switchboard-sandbox --bench on the same folder:
// page_1000_server_ms, small_requests_100_ms and the rest), load_100k_ms (every page fetched,
// parsed and in the model, no cache), max_ui_stall_ms (the longest gap of a 5 ms timer on this
// thread during that load), reopen_cached_100k_ms (a new model from the cache written by the
// load, to a full table, with the table's proxy attached), reopen_cached_ui_stall_100k_ms
// (the longest gap meanwhile), the same sorted by number (reopen_sorted_...), filter_100k_ms
// (one keystroke of text), sort_100k_ms, summary_100k_ms (one NumberSummary recount),
// load_100k_latency100_ms (the sandbox restarted with latency=100) and rss_100k_mb (this
// process with one model loaded). With --million the same load, reopen and rss at 1,000,000
// follow, on a second folder.
#include "api/accountclient.h"
#include "api/accountprofile.h"
#include "numbers/numbercache.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numbersummary.h"
#include "numbers/numbertablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <malloc.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 600000; // a million numbers over a slow link still fits

void bench(const QString &name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_numbers: %s\n", qUtf8Printable(why));
    std::exit(1);
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString sandboxExe()
{
    return QStringLiteral(SWITCHBOARD_SANDBOX_EXE);
}

// Runs switchboard-sandbox --bench on `folder` (seeding it), passing its BENCH lines on.
void serverFigures(const QString &folder, int numbers)
{
    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(sandboxExe(), {u"--data"_s, folder, u"--seed"_s, u"demo"_s, u"--numbers"_s,
                           QString::number(numbers), u"--bench"_s});
    if (!p.waitForFinished(WaitMs) || p.exitCode() != 0)
        fail(u"switchboard-sandbox --bench failed: %1"_s.arg(p.errorString()));
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("BENCH "))
            std::printf("%s\n", line.constData());
    }
    std::fflush(stdout);
}

// switchboard-sandbox serving `folder` until destroyed.
class Sandbox
{
public:
    // `numbers`: per account, when the folder is not seeded yet (a seeded one is kept).
    Sandbox(const QString &folder, int numbers, const QStringList &faults)
    {
        QStringList args{u"--data"_s, folder, u"--seed"_s, u"demo"_s, u"--numbers"_s, QString::number(numbers)};
        for (const QString &fault : faults)
            args << u"--fault"_s << fault;
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(sandboxExe(), args);
        if (!m_process.waitForStarted(30000))
            fail(u"switchboard-sandbox did not start: %1"_s.arg(m_process.errorString()));
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(WaitMs))
                fail(u"switchboard-sandbox gave no start line"_s);
        }
        m_start = QJsonDocument::fromJson(m_process.readLine()).object();
        if (m_start.value(u"base_url"_s).toString().isEmpty())
            fail(u"switchboard-sandbox's start line has no base URL"_s);
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }

    AccountProfile twilio() const
    {
        const QJsonObject t = m_start.value(u"twilio"_s).toObject();
        AccountProfile p;
        p.family = ApiFamily::Twilio;
        p.id = u"bench-twilio"_s;
        p.displayName = u"Bench Twilio"_s;
        p.baseUrl = QUrl(m_start.value(u"base_url"_s).toString());
        p.user = t.value(u"account_sid"_s).toString();
        p.secret = t.value(u"auth_token"_s).toString();
        p.sandbox = true;
        return p;
    }

private:
    QProcess m_process;
    QJsonObject m_start;
};

std::unique_ptr<NumberCache> cacheFor(const QString &folder, const AccountProfile &profile)
{
    return std::make_unique<NumberCache>(folder, profile.id,
                                         profile.baseUrl.host() + u'/' + profile.user);
}

// Loads the whole account into a new model; how long, and the longest stall of this thread.
struct Load
{
    double ms = 0;
    double stallMs = 0;
    int rows = 0;
};

// The longest gap of a 5 ms timer on this (the GUI) thread while it runs.
class StallWatch
{
public:
    explicit StallWatch(const NumberTableModel &model)
    {
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, [this, &model] {
            const qint64 g = m_gap.restart();
            m_longest = std::max(m_longest, g);
            if (qEnvironmentVariableIsSet("BENCH_STALLS") && g > 30)
                std::fprintf(stderr, "stall %lld ms at %d rows\n", g, model.rowCount());
        });
        m_gap.start();
        m_tick.start();
    }
    double stop()
    {
        m_tick.stop();
        return double(std::max(m_longest, m_gap.elapsed())) - 5.0;
    }

private:
    QTimer m_tick;
    QElapsedTimer m_gap;
    qint64 m_longest = 0;
};

Load loadAll(NumberTableModel &model)
{
    QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
    QSignalSpy failed(&model, &NumberTableModel::loadFailed);
    QElapsedTimer clock;
    clock.start();
    StallWatch stalls(model);
    model.startLoading();
    while (refreshed.isEmpty() && failed.isEmpty()) {
        if (!refreshed.wait(WaitMs) && failed.isEmpty())
            fail(u"the load did not finish"_s);
    }
    Load result;
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    result.stallMs = stalls.stop();
    if (!failed.isEmpty())
        fail(u"the load failed: %1"_s.arg(failed.first().first().value<ApiError>().message()));
    result.rows = model.rowCount();
    return result;
}

QString scale(int numbers)
{
    return numbers >= 1000000 ? u"1m"_s : numbers >= 1000 ? u"%1k"_s.arg(numbers / 1000) : QString::number(numbers);
}

void run(int numbers, bool full)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"no temporary folder"_s);
    const QString serverFolder = dir.filePath(u"sandbox"_s);
    const QString clientFolder = dir.filePath(u"client"_s);
    const QString n = scale(numbers);
    // Seeds the folder and times the server's side.
    if (full)
        serverFigures(serverFolder, numbers);

    double residentLoaded = 0;
    {
        Sandbox sandbox(serverFolder, numbers, {});
        AccountClient client(sandbox.twilio());
        auto cache = cacheFor(clientFolder, client.profile());
        {
            NumberTableModel model(&client, cache.get());
            const Load load = loadAll(model);
            if (load.rows != numbers)
                fail(u"loaded %1 numbers, not %2"_s.arg(load.rows).arg(numbers));
            bench(u"load_%1_ms"_s.arg(n), load.ms, "ms");
            bench(u"max_ui_stall_ms"_s + (full ? QString() : u"_"_s + n), load.stallMs, "ms");
            if (!cache->waitForIdle(WaitMs))
                fail(u"the cache was not written"_s);
            ::malloc_trim(0); // what an earlier run freed is not this model's
            residentLoaded = residentMiB();
        }
        cache.reset();

        // Reopen: a new cache object on the same file, as after a restart, with the table's
        // proxy attached (its work is the app's too): in the server's order, as the table
        // opens until the user sorts, and then sorted by number, as a sorted table reopens.
        const auto reopen = [&](NumberTableModel &model, NumberFilterModel &proxy, bool sorted) {
            proxy.setSourceModel(&model);
            if (sorted)
                proxy.sort(NumberTableModel::NumberColumn, Qt::AscendingOrder);
            QSignalSpy fromCache(&model, &NumberTableModel::cacheLoaded);
            QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
            QElapsedTimer clock;
            clock.start();
            StallWatch stalls(model);
            model.startLoading();
            if (!fromCache.wait(WaitMs))
                fail(u"the cache did not load"_s);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            const double stallMs = stalls.stop();
            if (model.rowCount() != numbers || proxy.rowCount() != numbers)
                fail(u"the cache held %1 numbers (%2 shown), not %3"_s.arg(model.rowCount()).arg(proxy.rowCount()).arg(numbers));
            const QString kind = sorted ? u"reopen_sorted"_s : u"reopen_cached"_s;
            bench(u"%1_%2_ms"_s.arg(kind, n), ms, "ms");
            bench(u"%1_ui_stall_%2_ms"_s.arg(kind, n), stallMs, "ms");
            if (refreshed.isEmpty() && !refreshed.wait(WaitMs))
                fail(u"the refresh after the cache did not finish"_s);
        };
        {
            cache = cacheFor(clientFolder, client.profile());
            NumberTableModel sortedModel(&client, cache.get());
            NumberFilterModel sortedProxy;
            reopen(sortedModel, sortedProxy, true);
            if (!cache->waitForIdle(WaitMs))
                fail(u"the cache was not written"_s);
        }
        cache = cacheFor(clientFolder, client.profile());
        NumberTableModel model(&client, cache.get());
        NumberFilterModel proxy;
        reopen(model, proxy, false);
        QElapsedTimer clock;

        if (full) {
            // One keystroke: "5" typed into an empty filter, then "55".
            NumberViewFilter filter;
            filter.text = u"5"_s;
            proxy.setFilter(filter);
            filter.text = u"55"_s;
            clock.start();
            proxy.setFilter(filter);
            bench(u"filter_%1_ms"_s.arg(n), double(clock.nsecsElapsed()) / 1e6, "ms");
            proxy.setFilter({});
            clock.restart();
            proxy.sort(NumberTableModel::FriendlyNameColumn, Qt::AscendingOrder);
            bench(u"sort_%1_ms"_s.arg(n), double(clock.nsecsElapsed()) / 1e6, "ms");
            if (proxy.rowCount() != numbers)
                fail(u"the sorted view shows %1 rows"_s.arg(proxy.rowCount()));

            // The summary's whole count, as each coalesced recount does it (the model loaded).
            NumberSummary summary(&model);
            clock.restart();
            summary.recount();
            bench(u"summary_%1_ms"_s.arg(n), double(clock.nsecsElapsed()) / 1e6, "ms");
            if (summary.counts().total != numbers)
                fail(u"the summary counted %1 numbers"_s.arg(summary.counts().total));
        }
    }
    bench(u"rss_%1_mb"_s.arg(n), residentLoaded, "MiB");

    if (full) {
        // The same load with every answer 100 ms late: the pages are sequential.
        Sandbox slow(serverFolder, numbers, {u"latency=100"_s});
        AccountClient client(slow.twilio());
        NumberTableModel model(&client, nullptr);
        const Load load = loadAll(model);
        if (load.rows != numbers)
            fail(u"loaded %1 numbers, not %2"_s.arg(load.rows).arg(numbers));
        bench(u"load_%1_latency100_ms"_s.arg(n), load.ms, "ms");
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"switchboard.*.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bulk review benchmark: the numbers table over a sandbox process"_s);
    parser.addHelpOption();
    parser.addOption({u"numbers"_s, u"Numbers per account (1000 to 1000000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"million"_s, u"Then load, reopen and measure memory at 1,000,000."_s});
    parser.process(app);
    bool ok = false;
    const int numbers = parser.value(u"numbers"_s).toInt(&ok);
    if (!ok || numbers < 1000 || numbers > 1000000) {
        std::fprintf(stderr, "bench_numbers: --numbers must be from 1000 to 1000000\n");
        return 2;
    }
    run(numbers, true);
    if (parser.isSet(u"million"_s))
        run(1000000, false);
    return 0;
}
