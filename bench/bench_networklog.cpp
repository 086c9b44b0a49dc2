// What the network log costs: recording (with redaction) per request, the ring at its
// 10,000 rows, and 200 small requests to the sandbox with and without a log.
//     bench_networklog
// prints "BENCH <name> <value> <unit>" lines.
#include "api/accountclient.h"
#include "api/networklog.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
}

// Sends `count` GETs one after another and returns the milliseconds they took.
double sequentialGets(QCoreApplication &app, AccountClient &client, int count)
{
    int done = 0;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        ApiJob *job = client.get(u"/v2/Properties"_s, QUrlQuery(u"Results_Count=5"_s));
        QObject::connect(job, &ApiJob::finished, &app, [&](const ApiResult &) {
            if (++done == count)
                app.exit(0);
            else
                next();
        });
    };
    timer.start();
    next();
    app.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SandboxServer server;
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = 10;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "bench_networklog: %s\n", qPrintable(error));
        return 1;
    }
    const SandboxCredentials c = server.credentials();
    AccountProfile profile;
    profile.id = u"bench"_s;
    profile.displayName = u"Bench · Properties"_s;
    profile.family = ApiFamily::Properties;
    profile.baseUrl = server.baseUrl();
    profile.user = c.propertiesAccountSid;
    profile.secret = c.propertiesAuthToken;

    // Recording alone: a form POST with a JSON body, 20,000 times (the ring turns over).
    {
        NetworkLog log;
        AccountClient client(profile); // makeRequest() only
        QNetworkRequest request = client.makeRequest(u"/v2/Properties"_s);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body = R"({"Name":"Harbour Lights Dental","MainDomain":"harbour.example.com","TimeZone":"AUS Eastern Standard Time"})";
        constexpr int records = 20000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < records; ++i) {
            const quint64 serial = log.recordStarted(profile, {"POST", request, body, false});
            ApiResult ok;
            ok.httpStatus = 201;
            log.recordFinished(serial, ok, {profile.secret});
        }
        report("networklog_record_us", double(timer.nsecsElapsed()) / 1e3 / records, "us");
        report("networklog_rows", log.rowCount(), "rows");
    }

    // Real requests, with and without the log.
    constexpr int requests = 200;
    AccountClient plain(profile);
    sequentialGets(app, plain, 20); // warm the connection up
    const double without = sequentialGets(app, plain, requests);
    NetworkLog log;
    AccountClient logged(profile);
    logged.setNetworkLog(&log);
    sequentialGets(app, logged, 20);
    const double with = sequentialGets(app, logged, requests);
    report("small_requests_200_without_log_ms", without, "ms");
    report("small_requests_200_with_log_ms", with, "ms");
    return 0;
}
