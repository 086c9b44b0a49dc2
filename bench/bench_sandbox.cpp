// Measures the sandbox and the network core at the scale an operator works at:
// seeding 100,000 numbers, then reading them all back page by page over loopback HTTP;
// then the cost of one small request: 50 sequential pages of 50 numbers on one keep-alive
// connection (printed as "BENCH small_requests_50_ms <value> ms").
//
//     bench_sandbox [--numbers N] [--page-size N]
#include "api/accountclient.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%-40s %12.1f %s\n", name, value, unit);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One line per request would drown the figures (and slow them); QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"switchboard.sandbox.http.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sandbox seeding and paging benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"numbers"_s, u"Phone numbers to seed per account."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"page-size"_s, u"PageSize for listing (1-1000)."_s, u"N"_s, u"1000"_s});
    parser.process(app);

    bool okNumbers = false, okPage = false;
    const int numbers = parser.value(u"numbers"_s).toInt(&okNumbers);
    const int pageSize = parser.value(u"page-size"_s).toInt(&okPage);
    if (!okNumbers || numbers < 1 || !okPage || pageSize < 1 || pageSize > 1000) {
        std::fprintf(stderr, "bench_sandbox: --numbers must be >= 1 and --page-size 1..1000\n");
        return 2;
    }

    QTemporaryDir dir;
    SandboxServer server;
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = numbers;
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("numbers per account: %d, page size: %d\n", numbers, pageSize);
    report("seed demo data (start to ready)", clock.elapsed(), "ms");

    AccountProfile profile;
    profile.family = ApiFamily::Twilio;
    profile.baseUrl = server.baseUrl();
    profile.user = server.credentials().twilioAccountSid;
    profile.secret = server.credentials().twilioAuthToken;
    AccountClient client(profile);

    int received = 0;
    int pages = 0;
    QElapsedTimer listing;
    std::function<void(const QString &, const QUrlQuery &)> fetch;
    fetch = [&](const QString &path, const QUrlQuery &query) {
        ApiJob *job = client.get(path, query);
        QObject::connect(job, &ApiJob::finished, &app, [&](const ApiResult &result) {
            if (!result.ok()) {
                std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(result.error.displayText()));
                app.exit(1);
                return;
            }
            const QJsonObject page = result.json.object();
            received += int(page.value("incoming_phone_numbers"_L1).toArray().size());
            ++pages;
            const QString next = page.value("next_page_uri"_L1).toString();
            if (next.isEmpty()) {
                app.exit(0);
                return;
            }
            const QUrl nextUrl(next);
            fetch(nextUrl.path(), QUrlQuery(nextUrl.query()));
        });
    };
    QUrlQuery first;
    first.addQueryItem(u"PageSize"_s, QString::number(pageSize));
    listing.start();
    fetch(u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(profile.user), first);
    const int rc = app.exec();
    if (rc != 0)
        return rc;
    const double ms = listing.elapsed();
    report("list every number over HTTP", ms, "ms");
    report("pages", pages, "");
    report("numbers received", received, "");
    report("numbers per second", ms > 0 ? received * 1000.0 / ms : 0, "/s");

    // Small requests: each one's latency counts, not the throughput. Sequential, so the
    // client's connection pool keeps reusing one keep-alive connection.
    constexpr int smallRequests = 50;
    const QString firstPath = u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(profile.user);
    QUrlQuery smallFirst;
    smallFirst.addQueryItem(u"PageSize"_s, u"50"_s);
    int smallDone = 0;
    std::function<void(const QString &, const QUrlQuery &)> fetchSmall;
    fetchSmall = [&](const QString &path, const QUrlQuery &query) {
        ApiJob *job = client.get(path, query);
        QObject::connect(job, &ApiJob::finished, &app, [&](const ApiResult &result) {
            if (!result.ok()) {
                std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(result.error.displayText()));
                app.exit(1);
                return;
            }
            if (++smallDone == smallRequests) {
                app.exit(0);
                return;
            }
            // Walk on; start again at the first page when there are fewer than 50 pages.
            const QUrl next(result.json.object().value("next_page_uri"_L1).toString());
            if (next.isEmpty())
                fetchSmall(firstPath, smallFirst);
            else
                fetchSmall(next.path(), QUrlQuery(next.query()));
        });
    };
    QElapsedTimer small;
    small.start();
    fetchSmall(firstPath, smallFirst);
    const int smallRc = app.exec();
    if (smallRc != 0)
        return smallRc;
    std::printf("BENCH small_requests_50_ms %.1f ms\n", double(small.nsecsElapsed()) / 1e6);

    report("peak resident memory", peakRssKiB() / 1024.0, "MiB");
    return received == numbers ? 0 : 1;
}
