// switchboard-sandbox as a process: the start line, clean shutdown on SIGTERM, data and
// credentials kept across restarts, and command-line errors.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startLineAndCleanShutdown();
    void restartKeepsDataAndCredentials();
    void faultSeedReplaysARun();
    void badFlags_data();
    void badFlags();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    // Starts the sandbox and waits for its start line; the process is parented to `this`.
    QProcess *launch(const QStringList &arguments, QJsonObject *startLine);
    // SIGTERM, then waits for the exit.
    void terminate(QProcess *process);
    QNetworkReply *request(const QJsonObject &startLine, const QString &path,
                           const QByteArray &body = {});
    static bool waitForFinished(QProcess *process);

    QNetworkAccessManager m_nam;
};

void tst_SandboxProcess::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SWITCHBOARD_SANDBOX_EXE)), SWITCHBOARD_SANDBOX_EXE);
}

bool tst_SandboxProcess::waitForFinished(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(process, &QProcess::finished);
    return finished.wait(15000);
}

QProcess *tst_SandboxProcess::launch(const QStringList &arguments, QJsonObject *startLine)
{
    auto *process = new QProcess(this);
    process->setProgram(QStringLiteral(SWITCHBOARD_SANDBOX_EXE));
    process->setArguments(arguments);
    process->start();
    QSignalSpy started(process, &QProcess::started);
    if (process->state() != QProcess::Running && !started.wait(10000))
        return process;
    // Exactly one line on stdout when ready.
    QSignalSpy output(process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(process, &QProcess::finished);
    while (!process->canReadLine() && finished.isEmpty()) {
        if (!output.wait(15000))
            return process;
    }
    const QByteArray line = process->readLine();
    *startLine = QJsonDocument::fromJson(line).object();
    return process;
}

void tst_SandboxProcess::terminate(QProcess *process)
{
    process->terminate(); // SIGTERM
    QVERIFY(waitForFinished(process));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
}

QNetworkReply *tst_SandboxProcess::request(const QJsonObject &startLine, const QString &path,
                                           const QByteArray &body)
{
    const QJsonObject p = startLine.value(u"properties"_s).toObject();
    QNetworkRequest r(QUrl(startLine.value(u"base_url"_s).toString()).resolved(QUrl(path)));
    r.setTransferTimeout(10000);
    r.setRawHeader("Authorization",
                   "Basic " + (p.value(u"account_sid"_s).toString() + u':'
                               + p.value(u"auth_token"_s).toString()).toUtf8().toBase64());
    if (body.isEmpty())
        return m_nam.get(r);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return m_nam.post(r, body);
}

void tst_SandboxProcess::startLineAndCleanShutdown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject line;
    QProcess *process = launch({u"--data"_s, dir.path(), u"--seed"_s, u"demo"_s,
                                u"--numbers"_s, u"10"_s, u"--port"_s, u"0"_s},
                               &line);
    QCOMPARE(process->state(), QProcess::Running);

    QStringList keys = line.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"base_url"_s, u"broadcast"_s, u"fault_seed"_s, u"properties"_s,
                                u"signalwire"_s, u"twilio"_s}));
    QVERIFY(line.value(u"fault_seed"_s).isDouble()); // picked at random: none was given
    QVERIFY(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+$"_s)
                .match(line.value(u"base_url"_s).toString()).hasMatch());
    const QJsonObject twilio = line.value(u"twilio"_s).toObject();
    QCOMPARE(twilio.keys(),
             (QStringList{u"account_sid"_s, u"api_key_secret"_s, u"api_key_sid"_s, u"auth_token"_s,
                          u"subaccount_auth_token"_s, u"subaccount_sid"_s}));
    QVERIFY(QRegularExpression(u"^AC[0-9a-f]{32}$"_s).match(twilio.value(u"subaccount_sid"_s).toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^SK[0-9a-f]{32}$"_s).match(twilio.value(u"api_key_sid"_s).toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9]{32}$"_s).match(twilio.value(u"api_key_secret"_s).toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^AC[0-9a-f]{32}$"_s).match(twilio.value(u"account_sid"_s).toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(twilio.value(u"auth_token"_s).toString()).hasMatch());
    const QJsonObject signalwire = line.value(u"signalwire"_s).toObject();
    QCOMPARE(signalwire.keys(), (QStringList{u"project_id"_s, u"token"_s}));
    QVERIFY(!QUuid::fromString(signalwire.value(u"project_id"_s).toString()).isNull());
    QVERIFY(!signalwire.value(u"token"_s).toString().isEmpty());
    const QJsonObject properties = line.value(u"properties"_s).toObject();
    QCOMPARE(properties.keys(), (QStringList{u"account_sid"_s, u"auth_token"_s}));
    QVERIFY(QRegularExpression(u"^[A-Z0-9]{32}$"_s).match(properties.value(u"account_sid"_s).toString()).hasMatch());
    QCOMPARE(line.value(u"broadcast"_s).toObject().keys(),
             (QStringList{u"api_key"_s, u"other_org_api_key"_s}));

    // It serves what it printed.
    QNetworkReply *reply = request(line, u"/v2/Properties?Results_Count=5"_s);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"TotalCount"_s).toInt(), 300);
    reply->deleteLater();

    terminate(process);
    // One line only, and no secret in the logs.
    QVERIFY(process->readAllStandardOutput().trimmed().isEmpty());
    const QByteArray logs = process->readAllStandardError();
    QVERIFY(!logs.contains(twilio.value(u"auth_token"_s).toString().toUtf8()));
    QVERIFY(!logs.contains(properties.value(u"auth_token"_s).toString().toUtf8()));
}

void tst_SandboxProcess::restartKeepsDataAndCredentials()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject first;
    QProcess *process = launch({u"--data"_s, dir.path()}, &first);
    QCOMPARE(process->state(), QProcess::Running);

    QNetworkReply *created = request(first, u"/v2/Properties"_s,
                                     R"({"Name": "Saltmarsh Kayaks", "MainDomain": "saltmarshkayaks.com", "TimeZone": "Eastern Standard Time"})");
    QSignalSpy createdSpy(created, &QNetworkReply::finished);
    QVERIFY(createdSpy.wait(10000));
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString sid = QJsonDocument::fromJson(created->readAll()).object()
                            .value(u"Property"_s).toObject().value(u"PropertySid"_s).toString();
    created->deleteLater();
    QVERIFY(!sid.isEmpty());
    terminate(process);

    QJsonObject second;
    process = launch({u"--data"_s, dir.path(), u"--seed"_s, u"demo"_s}, &second);
    QCOMPARE(process->state(), QProcess::Running);
    QJsonObject firstCredentials = first, secondCredentials = second;
    for (const QString &key : {u"base_url"_s, u"fault_seed"_s}) { // new on each start
        firstCredentials.remove(key);
        secondCredentials.remove(key);
    }
    QCOMPARE(secondCredentials, firstCredentials);

    QNetworkReply *read = request(second, u"/v2/Properties/"_s + sid);
    QSignalSpy readSpy(read, &QNetworkReply::finished);
    QVERIFY(readSpy.wait(10000));
    QVERIFY2(read->error() == QNetworkReply::NoError, qPrintable(read->errorString()));
    QCOMPARE(read->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(read->readAll()).object().value(u"Property"_s).toObject()
                 .value(u"Name"_s).toString(), u"Saltmarsh Kayaks"_s);
    read->deleteLater();

    // Not empty, so --seed demo added nothing.
    QNetworkReply *list = request(second, u"/v2/Properties"_s);
    QSignalSpy listSpy(list, &QNetworkReply::finished);
    QVERIFY(listSpy.wait(10000));
    QCOMPARE(QJsonDocument::fromJson(list->readAll()).object().value(u"TotalCount"_s).toInt(), 1);
    list->deleteLater();
    terminate(process);
}

void tst_SandboxProcess::faultSeedReplaysARun()
{
    // A run with faults by chance and no seed names the one it picked; started again with
    // --fault-seed and that number, the same requests meet the same faults.
    const auto statuses = [this](const QJsonObject &line) {
        QList<int> seen;
        for (int i = 0; i < 24; ++i) { // one at a time: the order of the draws is the order sent
            QNetworkReply *reply = request(line, u"/v2/Properties?Results_Count=1"_s);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                return QList<int>();
            seen << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        }
        return seen;
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject first;
    QProcess *process = launch({u"--data"_s, dir.path(), u"--fault"_s, u"error-rate=0.5"_s}, &first);
    QCOMPARE(process->state(), QProcess::Running);
    const QList<int> firstRun = statuses(first);
    terminate(process);
    QCOMPARE(firstRun.size(), 24);
    QVERIFY2(firstRun.contains(500) && firstRun.contains(200), qPrintable(QString::number(firstRun.count(500))));
    const qint64 seed = first.value(u"fault_seed"_s).toInteger(-1);
    QVERIFY(seed >= 0);
    const QByteArray logged = "fault seed " + QByteArray::number(seed);
    QVERIFY2(process->readAllStandardError().contains(logged), "the seed is in the log too");

    QJsonObject second;
    process = launch({u"--data"_s, dir.path(), u"--fault"_s, u"error-rate=0.5"_s,
                      u"--fault-seed"_s, QString::number(seed)},
                     &second);
    QCOMPARE(second.value(u"fault_seed"_s).toInteger(), seed);
    QCOMPARE(statuses(second), firstRun);
    terminate(process);

    // The same through --fault seed=N, as the app's --sandbox-fault takes it.
    QJsonObject third;
    process = launch({u"--data"_s, dir.path(), u"--fault"_s, u"seed="_s + QString::number(seed),
                      u"--fault"_s, u"error-rate=0.5"_s},
                     &third);
    QCOMPARE(statuses(third), firstRun);
    terminate(process);
}

void tst_SandboxProcess::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("port missing its value") << QStringList{u"--port"_s} << u"port"_s;
    QTest::newRow("listen not an address") << QStringList{u"--listen"_s, u"everywhere"_s} << u"--listen"_s;
    QTest::newRow("unknown seed") << QStringList{u"--seed"_s, u"lots"_s} << u"lots"_s;
    QTest::newRow("numbers negative") << QStringList{u"--numbers"_s, u"-5"_s} << u"--numbers"_s;
    QTest::newRow("numbers too many") << QStringList{u"--numbers"_s, u"1000001"_s} << u"--numbers"_s;
    QTest::newRow("fault without value") << QStringList{u"--fault"_s, u"latency"_s} << u"--fault"_s;
    QTest::newRow("unknown fault") << QStringList{u"--fault"_s, u"speed=3"_s} << u"speed"_s;
    QTest::newRow("fault rate above one") << QStringList{u"--fault"_s, u"error-rate=2"_s} << u"error-rate"_s;
    QTest::newRow("second fault bad") << QStringList{u"--fault"_s, u"latency=10"_s, u"--fault"_s, u"drop-rate=x"_s} << u"drop-rate"_s;
    QTest::newRow("fault seed not a number") << QStringList{u"--fault-seed"_s, u"lucky"_s} << u"--fault-seed"_s;
    QTest::newRow("fault seed negative") << QStringList{u"--fault-seed"_s, u"-1"_s} << u"--fault-seed"_s;
    QTest::newRow("fault seed too large") << QStringList{u"--fault-seed"_s, u"4294967296"_s} << u"--fault-seed"_s;
    QTest::newRow("retry-after in words") << QStringList{u"--fault"_s, u"retry-after=soon"_s} << u"retry-after"_s;
    QTest::newRow("stray argument") << QStringList{u"serve"_s} << u"serve"_s;
}

void tst_SandboxProcess::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"never-created"_s);

    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE), QStringList{u"--data"_s, data} + arguments);
    QVERIFY(waitForFinished(&process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no start line
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY(!QFileInfo::exists(data)); // nothing changed
}

void tst_SandboxProcess::helpAndVersion_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("help") << u"--help"_s << u"--fault"_s;
    QTest::newRow("version") << u"--version"_s << QStringLiteral(SWITCHBOARD_VERSION);
}

void tst_SandboxProcess::helpAndVersion()
{
    QFETCH(QString, flag);
    QFETCH(QString, mentions);
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE), {flag});
    QVERIFY(waitForFinished(&process));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(mentions));
}

QTEST_GUILESS_MAIN(tst_SandboxProcess)
#include "tst_sandboxprocess.moc"
