#include "sandboxserver.h"

#include "availablenumbersapi.h"
#include "broadcastapi.h"
#include "demoseed.h"
#include "numberinventory.h"
#include "numbersapi.h"
#include "propertiesapi.h"
#include "router.h"
#include "sandboxdatabase.h"
#include "sandboxhttpserver.h"
#include "sandboxids.h"
#include "sandboxlog.h"
#include "validation/privatefiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "switchboard.sandbox")
Q_LOGGING_CATEGORY(lcSandboxHttp, "switchboard.sandbox.http")

namespace {
constexpr int MaxLatencyMs = 10 * 60 * 1000;
constexpr int MaxRetryAfterSeconds = 7 * 24 * 3600; // beyond any client's patience, still a date

// "seed 1234567", with the faults that draw from it, for a log line a run is replayed from.
void logFaults(const FaultOptions &f, const char *when)
{
    qCInfo(lcSandbox, "%s: fault seed %u (drop-rate %g, error-rate %g, lost-answer-rate %g, "
                      "garble-rate %g)",
           when, *f.seed, f.dropRate, f.errorRate, f.lostAnswerRate, f.garbleRate);
}
} // namespace

// ---------------------------------------------------------------------------------------
// FaultOptions

bool FaultOptions::parse(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0) {
        return fail(u"“%1” is not a fault: write NAME=VALUE, with NAME one of latency, "
                    "error-rate, throttle, drop-rate, lost-answer-rate, garble-rate, "
                    "retry-after, seed, late-commit-rate, late-commit-ms"_s.arg(spec));
    }
    const QString name = spec.left(eq).trimmed();
    const QString value = spec.mid(eq + 1).trimmed();
    bool ok = false;
    if (name == u"latency") {
        const int ms = value.toInt(&ok);
        if (!ok || ms < 0 || ms > MaxLatencyMs) {
            return fail(u"latency must be a whole number of milliseconds from 0 to %1, not “%2”"_s
                            .arg(MaxLatencyMs).arg(value));
        }
        latencyMs = ms;
        return true;
    }
    if (name == u"late-commit-ms") {
        const int ms = value.toInt(&ok);
        if (!ok || ms < 0 || ms > MaxLatencyMs) {
            return fail(u"late-commit-ms must be a whole number of milliseconds from 0 to %1, "
                        "not “%2”"_s.arg(MaxLatencyMs).arg(value));
        }
        lateCommitMs = ms;
        return true;
    }
    if (name == u"throttle") {
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return fail(u"throttle must be a whole number of requests per second (0 for no "
                        "limit), not “%1”"_s.arg(value));
        throttle = n;
        return true;
    }
    if (name == u"retry-after") {
        // "2", "date" (one second, as a date) or "date+2".
        const bool date = value == u"date" || value.startsWith(u"date+");
        const QString seconds = value == u"date" ? u"1"_s : date ? value.mid(5) : value;
        const int n = seconds.toInt(&ok);
        if (!ok || n < 0 || n > MaxRetryAfterSeconds) {
            return fail(u"retry-after must be a whole number of seconds from 0 to %1, “date” "
                        "or “date+SECONDS”, not “%2”"_s.arg(MaxRetryAfterSeconds).arg(value));
        }
        retryAfterSeconds = n;
        retryAfterDate = date;
        return true;
    }
    if (name == u"seed") {
        const quint32 n = value.toUInt(&ok);
        if (!ok)
            return fail(u"seed must be a whole number from 0 to 4294967295, not “%1”"_s.arg(value));
        seed = n;
        return true;
    }
    double *const rateField = name == u"error-rate"         ? &errorRate
                              : name == u"drop-rate"        ? &dropRate
                              : name == u"lost-answer-rate" ? &lostAnswerRate
                              : name == u"garble-rate"      ? &garbleRate
                              : name == u"late-commit-rate" ? &lateCommitRate
                                                            : nullptr;
    if (rateField) {
        const double rate = value.toDouble(&ok);
        if (!ok || !(rate >= 0.0 && rate <= 1.0))
            return fail(u"%1 must be a share from 0 to 1, such as 0.2, not “%2”"_s.arg(name, value));
        *rateField = rate;
        return true;
    }
    return fail(u"Unknown fault “%1”: use latency, error-rate, throttle, drop-rate, "
                "lost-answer-rate, garble-rate, retry-after, seed, late-commit-rate or "
                "late-commit-ms"_s.arg(name));
}

// ---------------------------------------------------------------------------------------
// ConnectionLimits

bool ConnectionLimits::parse(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const qsizetype eq = spec.indexOf(u'=');
    const QString name = spec.left(eq).trimmed();
    const QString value = spec.mid(eq + 1).trimmed();
    bool ok = false;
    if (eq > 0 && (name == u"header-timeout" || name == u"idle-timeout")) {
        const double seconds = value.toDouble(&ok);
        if (!ok || !(seconds >= 0.05 && seconds <= 3600))
            return fail(u"%1 must be a number of seconds from 0.05 to 3600, not “%2”"_s.arg(name, value));
        (name == u"header-timeout" ? headerTimeoutMs : idleTimeoutMs) = int(seconds * 1000);
        return true;
    }
    if (eq > 0 && name == u"max-connections") {
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return fail(u"max-connections must be a whole number from 1 to 100000, not “%1”"_s.arg(value));
        maxConnections = n;
        return true;
    }
    if (eq > 0 && name == u"max-body") {
        const qint64 bytes = value.toLongLong(&ok);
        if (!ok || bytes < 0 || bytes > qint64(1) << 30)
            return fail(u"max-body must be a number of bytes from 0 to 1073741824, not “%1”"_s.arg(value));
        maxBodyBytes = bytes;
        return true;
    }
    return fail(u"“%1” is not a limit: use header-timeout=S, idle-timeout=S, max-connections=N "
                "or max-body=BYTES"_s.arg(spec));
}

// ---------------------------------------------------------------------------------------
// SandboxServer

class SandboxServerPrivate
{
public:
    bool loadOrCreateCredentials(QString *error);

    SandboxOptions options;
    SandboxDatabase database;
    SandboxCredentials credentials;
    Router router;
    std::unique_ptr<PropertiesApi> properties;
    std::unique_ptr<NumbersApi> numbers;
    std::unique_ptr<AvailableNumbersApi> availableNumbers;
    std::unique_ptr<BroadcastApi> broadcast;
    std::unique_ptr<SandboxHttpServer> http;
    std::shared_ptr<FaultState> faults = std::make_shared<FaultState>();
    QUrl baseUrl;
};

bool SandboxServerPrivate::loadOrCreateCredentials(QString *error)
{
    struct Key
    {
        QString name;
        QString *target;
        std::function<QString()> make;
    };
    QRandomGenerator &rng = *QRandomGenerator::system();
    SandboxCredentials &c = credentials;
    const Key keys[] = {
        {u"twilio.account_sid"_s, &c.twilioAccountSid,
         [&]() -> QString { return u"AC"_s + SandboxIds::hex(rng, 32); }},
        {u"twilio.auth_token"_s, &c.twilioAuthToken, [&]() -> QString { return SandboxIds::hex(rng, 32); }},
        {u"twilio.api_key_sid"_s, &c.twilioApiKeySid,
         [&]() -> QString { return u"SK"_s + SandboxIds::hex(rng, 32); }},
        {u"twilio.api_key_secret"_s, &c.twilioApiKeySecret,
         [&]() -> QString { return SandboxIds::upperAlnum(rng, 16) + SandboxIds::hex(rng, 16); }},
        {u"twilio.subaccount_sid"_s, &c.twilioSubaccountSid,
         [&]() -> QString { return u"AC"_s + SandboxIds::hex(rng, 32); }},
        {u"twilio.subaccount_auth_token"_s, &c.twilioSubaccountAuthToken,
         [&]() -> QString { return SandboxIds::hex(rng, 32); }},
        {u"signalwire.project_id"_s, &c.signalwireProjectId, [&]() -> QString { return SandboxIds::uuid(rng); }},
        {u"signalwire.token"_s, &c.signalwireToken,
         [&]() -> QString { return u"PT"_s + SandboxIds::hex(rng, 48); }},
        {u"properties.account_sid"_s, &c.propertiesAccountSid,
         [&]() -> QString { return SandboxIds::upperAlnum(rng, 32); }},
        {u"properties.auth_token"_s, &c.propertiesAuthToken,
         [&]() -> QString { return SandboxIds::hex(rng, 32); }},
        {u"broadcast.api_key"_s, &c.broadcastApiKey,
         [&]() -> QString { return u"bk_live_"_s + SandboxIds::hex(rng, 40); }},
        {u"broadcast.other_org_api_key"_s, &c.broadcastOtherOrgApiKey,
         [&]() -> QString { return u"bk_live_"_s + SandboxIds::hex(rng, 40); }},
    };
    if (!database.transaction()) {
        *error = u"Cannot read the credentials from the database."_s;
        return false;
    }
    for (const Key &key : keys) {
        *key.target = database.meta(key.name);
        if (key.target->isEmpty()) {
            *key.target = key.make();
            if (!database.setMeta(key.name, *key.target)) {
                database.rollback();
                *error = u"Cannot store the credentials in the database."_s;
                return false;
            }
        }
    }
    if (!database.commit()) {
        *error = u"Cannot store the credentials in the database."_s;
        return false;
    }
    return true;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>())
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    SandboxLog::installLogFilter(); // before any request: Qt's own logs hold every header
    QString ignored;
    QString &why = error ? *error : ignored;
    if (isRunning()) {
        why = u"The sandbox server is already running."_s;
        return false;
    }
    if (options.dataDir.isEmpty()) {
        why = u"No data folder given."_s;
        return false;
    }
    if (!options.seed.isEmpty() && options.seed != u"demo") {
        why = u"Unknown seed “%1”: the only seed is “demo”."_s.arg(options.seed);
        return false;
    }
    if (options.numbers < 0) {
        why = u"The number count cannot be negative."_s;
        return false;
    }
    // It holds the credentials: a folder made here is the user's alone (an existing one is
    // left as it is), and so is the database file.
    if (QString problem; !PrivateFiles::makeFolder(options.dataDir, &problem)) {
        why = u"Cannot create the data folder %1: %2."_s.arg(options.dataDir, problem);
        return false;
    }
    d->options = options;
    d->faults->set(options.faults, true);
    d->faults->resetCounts();
    logFaults(d->faults->current(), "Sandbox starting");

    const QString file = QDir(options.dataDir).filePath(u"sandbox.sqlite"_s);
    if (QString problem; !PrivateFiles::prepareFile(file, &problem)) {
        why = u"Cannot create %1: %2."_s.arg(file, problem);
        return false;
    }
    if (!d->database.open(file, &why))
        return false;
    if (!d->loadOrCreateCredentials(&why)) {
        d->database.close();
        return false;
    }
    if (options.seed == u"demo" && d->database.hasNoRecords()) {
        if (!DemoSeed::run(d->database, options.numbers, &why, options.cancel,
                           d->credentials.twilioSubaccountSid)) {
            d->database.close();
            return false;
        }
    }
    // After the demo seed, so that the inventory never offers a number someone owns.
    if (!NumberInventory::seed(d->database, &why)) {
        d->database.close();
        return false;
    }

    const SandboxCredentials &c = d->credentials;
    d->properties = std::make_unique<PropertiesApi>(d->database, c.propertiesAccountSid);
    d->numbers = std::make_unique<NumbersApi>(d->database, c.twilioAccountSid,
                                              c.signalwireProjectId, c.twilioSubaccountSid);
    d->availableNumbers = std::make_unique<AvailableNumbersApi>(d->database);
    d->broadcast = std::make_unique<BroadcastApi>(d->database);
    d->router = Router();
    d->properties->addRoutes(d->router);
    d->numbers->addRoutes(d->router);
    d->availableNumbers->addRoutes(d->router);
    d->broadcast->addRoutes(d->router);

    d->http = std::make_unique<SandboxHttpServer>(d->router, c, d->faults);
    const quint16 port = d->http->listenLowDelay(options.listen, options.port, options.limits);
    if (port == 0) {
        why = u"Cannot listen on %1 port %2."_s.arg(options.listen.toString()).arg(options.port);
        d->http.reset(); // never served: stop() has nothing to announce
        stop();
        return false;
    }

    QHostAddress host = options.listen;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    d->baseUrl = QUrl();
    d->baseUrl.setScheme(u"http"_s);
    d->baseUrl.setHost(host.toString());
    d->baseUrl.setPort(port);
    qCInfo(lcSandbox, "Sandbox serving on %s (data in %s)",
           qUtf8Printable(d->baseUrl.toString()), qUtf8Printable(options.dataDir));
    return true;
}

void SandboxServer::stop()
{
    if (!d)
        return;
    const bool wasRunning = isRunning();
    d->http.reset(); // closes the listening socket and every connection
    d->router = Router();
    d->properties.reset();
    d->numbers.reset();
    d->availableNumbers.reset();
    d->broadcast.reset();
    d->database.close();
    if (!wasRunning)
        return;
    if (const FaultCounts n = faultCounts();
        n.dropped + n.throttled + n.errors + n.lostAnswers + n.garbled + n.lateCommits > 0) {
        // With the seed logged at start: what a replay of this run should meet again.
        qCInfo(lcSandbox, "Sandbox stopped (faults injected: %llu dropped, %llu throttled, "
                          "%llu errors, %llu answers lost, %llu garbled, %llu committed late)",
               n.dropped, n.throttled, n.errors, n.lostAnswers, n.garbled, n.lateCommits);
    } else {
        qCInfo(lcSandbox, "Sandbox stopped");
    }
}

bool SandboxServer::isRunning() const
{
    return d->http != nullptr;
}

QUrl SandboxServer::baseUrl() const
{
    return isRunning() ? d->baseUrl : QUrl();
}

SandboxCredentials SandboxServer::credentials() const
{
    return d->credentials;
}

QByteArray SandboxServer::startLine() const
{
    const SandboxCredentials &c = d->credentials;
    const QJsonObject line{
        {u"base_url"_s, d->baseUrl.toString()},
        {u"twilio"_s,
         QJsonObject{{u"account_sid"_s, c.twilioAccountSid},
                     {u"auth_token"_s, c.twilioAuthToken},
                     {u"api_key_sid"_s, c.twilioApiKeySid},
                     {u"api_key_secret"_s, c.twilioApiKeySecret},
                     {u"subaccount_sid"_s, c.twilioSubaccountSid},
                     {u"subaccount_auth_token"_s, c.twilioSubaccountAuthToken}}},
        {u"signalwire"_s,
         QJsonObject{{u"project_id"_s, c.signalwireProjectId}, {u"token"_s, c.signalwireToken}}},
        {u"properties"_s, QJsonObject{{u"account_sid"_s, c.propertiesAccountSid},
                                      {u"auth_token"_s, c.propertiesAuthToken}}},
        {u"broadcast"_s, QJsonObject{{u"api_key"_s, c.broadcastApiKey},
                                     {u"other_org_api_key"_s, c.broadcastOtherOrgApiKey}}},
        // The faults' generator (FaultOptions::seed): --fault-seed replays this run's faults.
        {u"fault_seed"_s, qint64(d->faults->current().seed.value_or(0))},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

void SandboxServer::setFaults(const FaultOptions &faults)
{
    d->faults->set(faults);
    const FaultOptions now = d->faults->current();
    if (faults.seed || now.dropRate > 0 || now.errorRate > 0 || now.lostAnswerRate > 0
        || now.garbleRate > 0) {
        logFaults(now, faults.seed ? "Faults changed, draws start again" : "Faults changed");
    }
}

SandboxServer::FaultCounts SandboxServer::faultCounts() const
{
    const FaultState &f = *d->faults;
    return {f.dropped.load(), f.throttled.load(), f.errors.load(), f.lostAnswers.load(),
            f.garbled.load(), f.lateCommits.load()};
}

FaultOptions SandboxServer::faults() const
{
    return d->faults->current();
}

quint64 SandboxServer::requestCount() const
{
    return d->faults->requestCount.load();
}
