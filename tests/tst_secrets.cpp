// Secrets and private files, with the real executables: at the most verbose logging a user
// can ask for (QT_LOGGING_RULES='*.debug=true'), neither switchboard-sandbox nor switchboard
// (its embedded sandbox) writes a credential; the folders they create are 0700 and their
// files 0600, while a folder given with --data or --data-dir keeps its mode; a data folder
// that may not be written is reported as such at start-up.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Every form a secret could take in a log: as given, and inside a Basic header.
QStringList secretForms(const QString &user, const QString &secret)
{
    QStringList forms{secret};
    if (!user.isEmpty()) {
        forms << QString::fromLatin1((user + u':' + secret).toUtf8().toBase64());
        // Base64 is cut differently once embedded: also its first 20 characters.
        forms << forms.last().left(20);
    }
    return forms;
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sandboxLogsNoCredentialAtTheMostVerboseSetting();
    void appLogsNoCredentialAtTheMostVerboseSetting();
    void sandboxFoldersAndFilesArePrivate();
    void appFoldersAndFilesArePrivate();
    void appSaysWhenItsDataFolderMayNotBeWritten();

private:
    QProcessEnvironment environment(bool verbose) const;
    // Runs the app with --screenshot until it exits; false if it did not in time.
    bool runApp(const QStringList &arguments, bool verbose, QByteArray *out, QByteArray *err,
                int *exitCode, bool asNobody = false);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Secrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment tst_Secrets::environment(bool verbose) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data-home"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
    if (verbose) {
        // What a user reporting a bug tries first: everything, Qt's own categories included.
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    } else {
        env.remove(u"QT_LOGGING_RULES"_s);
    }
    return env;
}

void tst_Secrets::sandboxLogsNoCredentialAtTheMostVerboseSetting()
{
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(SWITCHBOARD_SANDBOX_EXE));
    sandbox.setArguments({u"--data"_s, m_dir->filePath(u"sandbox"_s), u"--seed"_s, u"demo"_s,
                          u"--numbers"_s, u"10"_s});
    sandbox.setProcessEnvironment(environment(true));
    QSignalSpy output(&sandbox, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&sandbox, &QProcess::finished);
    sandbox.start();
    while (!sandbox.canReadLine() && finished.isEmpty())
        QVERIFY(output.wait(30000));
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QString base = line.value(u"base_url"_s).toString();
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));

    const QJsonObject tw = line.value(u"twilio"_s).toObject();
    const QJsonObject sw = line.value(u"signalwire"_s).toObject();
    const QJsonObject pr = line.value(u"properties"_s).toObject();
    const QString key = line.value(u"broadcast"_s).toObject().value(u"api_key"_s).toString();
    struct Call
    {
        QString path;
        QString user;
        QString secret;
        bool apiKey = false;
    };
    const QString wrongSecret = u"hunter2-not-the-token"_s;
    const QList<Call> calls = {
        {u"/v2/Properties?Results_Count=1"_s, pr.value(u"account_sid"_s).toString(),
         pr.value(u"auth_token"_s).toString()},
        {u"/v1/phone_numbers?limit=1"_s, {}, key, true},
        {u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json?PageSize=1"_s.arg(
             tw.value(u"account_sid"_s).toString()),
         tw.value(u"account_sid"_s).toString(), tw.value(u"auth_token"_s).toString()},
        {u"/api/laml/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json?PageSize=1"_s.arg(
             sw.value(u"project_id"_s).toString()),
         sw.value(u"project_id"_s).toString(), sw.value(u"token"_s).toString()},
        {u"/v2/Properties"_s, pr.value(u"account_sid"_s).toString(), wrongSecret}, // a 401
    };
    QNetworkAccessManager nam;
    QStringList secrets;
    for (const Call &call : calls) {
        QNetworkRequest request(QUrl(base + call.path));
        if (call.apiKey) {
            request.setRawHeader("X-API-Key", call.secret.toUtf8());
        } else {
            request.setRawHeader("Authorization",
                                 "Basic " + (call.user + u':' + call.secret).toUtf8().toBase64());
        }
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QCOMPARE(status, call.secret == wrongSecret ? 401 : 200);
        reply->deleteLater();
        secrets << secretForms(call.user, call.secret);
    }

    sandbox.terminate();
    QVERIFY(finished.wait(30000) || sandbox.state() == QProcess::NotRunning);
    const QString log = QString::fromUtf8(sandbox.readAllStandardError());
    // Debug logging really was on: the sandbox's own request lines are there.
    QVERIFY2(log.contains(u"switchboard.sandbox.http"_s) && log.contains(u"GET /v2/Properties"_s),
             qPrintable(log.left(2000)));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!log.contains(secret), qPrintable(u"the log holds "_s + secret.left(6) + u"…"_s));
    QVERIFY2(!log.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(log.left(2000)));
    QVERIFY2(!log.contains(u"X-API-Key"_s, Qt::CaseInsensitive), qPrintable(log.left(2000)));
}

bool tst_Secrets::runApp(const QStringList &arguments, bool verbose, QByteArray *out,
                         QByteArray *err, int *exitCode, bool asNobody)
{
    QProcess app;
    app.setProgram(QStringLiteral(SWITCHBOARD_EXE));
    app.setArguments(arguments);
    app.setProcessEnvironment(environment(verbose));
    if (asNobody) {
        app.setChildProcessModifier([] {
            // After fork, before exec: only async-signal-safe calls.
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(125);
        });
    }
    QSignalSpy finished(&app, &QProcess::finished);
    app.start();
    if (!app.waitForStarted(30000)) {
        *err = app.errorString().toUtf8(); // no finished() follows a start that failed
        *exitCode = -1;
        return false;
    }
    const bool done = finished.wait(150000) || app.state() == QProcess::NotRunning;
    if (!done) {
        app.kill();
        finished.wait(10000);
    }
    *out = app.readAllStandardOutput();
    *err = app.readAllStandardError();
    *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    return done;
}

void tst_Secrets::appLogsNoCredentialAtTheMostVerboseSetting()
{
    // --screenshot: the app starts its sandbox, loads the first section over HTTP with
    // the sandbox's credentials, writes the picture and exits.
    const QString data = m_dir->filePath(u"app-data"_s);
    QByteArray out, err;
    int exitCode = -1;
    QVERIFY(runApp({u"--data-dir"_s, data, u"--screenshot"_s, m_dir->filePath(u"shot.png"_s)},
                   true, &out, &err, &exitCode));
    QVERIFY2(exitCode == 0, err.right(3000).constData());

    // The credentials the embedded sandbox made, from its database.
    QStringList secrets;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"creds"_s);
        db.setDatabaseName(data + u"/sandbox/sandbox.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT key, value FROM meta"_s));
        QHash<QString, QString> meta;
        while (query.next())
            meta.insert(query.value(0).toString(), query.value(1).toString());
        secrets << secretForms(meta.value(u"properties.account_sid"_s),
                               meta.value(u"properties.auth_token"_s))
                << secretForms(meta.value(u"twilio.account_sid"_s), meta.value(u"twilio.auth_token"_s))
                << secretForms(meta.value(u"signalwire.project_id"_s),
                               meta.value(u"signalwire.token"_s))
                << meta.value(u"broadcast.api_key"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"creds"_s);
    QVERIFY(!secrets.contains(QString()));

    const QString log = QString::fromUtf8(out + err);
    QVERIFY2(log.contains(u"switchboard.sandbox.http"_s), qPrintable(log.left(2000)));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!log.contains(secret), qPrintable(u"the log holds "_s + secret.left(6) + u"…"_s));
    QVERIFY2(!log.contains(u"Authorization:"_s, Qt::CaseInsensitive), qPrintable(log.left(2000)));
}

void tst_Secrets::sandboxFoldersAndFilesArePrivate()
{
    const auto run = [this](const QString &data) {
        QProcess sandbox;
        sandbox.setProgram(QStringLiteral(SWITCHBOARD_SANDBOX_EXE));
        sandbox.setArguments({u"--data"_s, data, u"--numbers"_s, u"0"_s});
        sandbox.setProcessEnvironment(environment(false));
        QSignalSpy output(&sandbox, &QProcess::readyReadStandardOutput);
        QSignalSpy finished(&sandbox, &QProcess::finished);
        sandbox.start();
        while (!sandbox.canReadLine() && finished.isEmpty()) {
            if (!output.wait(30000))
                break;
        }
        const bool started = sandbox.canReadLine();
        sandbox.terminate();
        if (sandbox.state() != QProcess::NotRunning)
            finished.wait(30000);
        return started;
    };
    // Made by the sandbox, parents included: the user's alone, as is the credentials' file.
    const QString made = m_dir->filePath(u"made/by/sandbox"_s);
    QVERIFY(run(made));
    QCOMPARE(modeOf(made), mode_t(0700));
    QCOMPARE(modeOf(m_dir->filePath(u"made"_s)), mode_t(0700));
    QCOMPARE(modeOf(made + u"/sandbox.sqlite"_s), mode_t(0600));
    // An existing folder given with --data keeps its mode; the files made in it are private.
    const QString given = m_dir->filePath(u"shared"_s);
    QVERIFY(QDir().mkdir(given));
    QVERIFY(::chmod(QFile::encodeName(given).constData(), 0755) == 0);
    QVERIFY(run(given));
    QCOMPARE(modeOf(given), mode_t(0755));
    QCOMPARE(modeOf(given + u"/sandbox.sqlite"_s), mode_t(0600));
}

void tst_Secrets::appFoldersAndFilesArePrivate()
{
    const QString made = m_dir->filePath(u"made/app"_s);
    QByteArray out, err;
    int exitCode = -1;
    QVERIFY(runApp({u"--data-dir"_s, made, u"--screenshot"_s, m_dir->filePath(u"shot.png"_s)},
                   false, &out, &err, &exitCode));
    QVERIFY2(exitCode == 0, err.right(3000).constData());
    QCOMPARE(modeOf(made), mode_t(0700));
    QCOMPARE(modeOf(m_dir->filePath(u"made"_s)), mode_t(0700));
    QCOMPARE(modeOf(made + u"/drafts.sqlite"_s), mode_t(0600));
    QCOMPARE(modeOf(made + u"/sandbox"_s), mode_t(0700));
    QCOMPARE(modeOf(made + u"/sandbox/sandbox.sqlite"_s), mode_t(0600));
    const QStringList files = QDir(made).entryList(QDir::Files | QDir::Hidden);
    for (const QString &file : files)
        QVERIFY2(!(modeOf(made + u'/' + file) & 077), qPrintable(file));

    const QString given = m_dir->filePath(u"given"_s);
    QVERIFY(QDir().mkdir(given));
    QVERIFY(::chmod(QFile::encodeName(given).constData(), 0755) == 0);
    QVERIFY(runApp({u"--data-dir"_s, given, u"--screenshot"_s, m_dir->filePath(u"shot2.png"_s)},
                   false, &out, &err, &exitCode));
    QVERIFY2(exitCode == 0, err.right(3000).constData());
    QCOMPARE(modeOf(given), mode_t(0755));
    QCOMPARE(modeOf(given + u"/drafts.sqlite"_s), mode_t(0600));
}

void tst_Secrets::appSaysWhenItsDataFolderMayNotBeWritten()
{
    // A folder this user may read but not write. As root, the app runs as nobody, for whom
    // a root-owned 0555 folder is exactly that.
    const bool root = ::geteuid() == 0;
    const QString locked = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(locked));
    QVERIFY(QDir().mkdir(m_dir->filePath(u"home"_s)));
    QVERIFY(QDir().mkdir(m_dir->filePath(u"out"_s)));
    if (root) {
        // nobody must reach the folders, and write its own home and the picture.
        for (const QString &open : {m_dir->path(), m_dir->filePath(u"home"_s), m_dir->filePath(u"out"_s)})
            QVERIFY(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
    }
    if (root) {
        // Every folder above the app must let nobody through, or it never starts.
        for (QDir up = QFileInfo(QStringLiteral(SWITCHBOARD_EXE)).absoluteDir(); !up.isRoot();
             up.cdUp()) {
            if (!(QFileInfo(up.path()).permissions() & QFileDevice::ExeOther))
                QSKIP(qPrintable(u"nobody may not enter %1, above the app"_s.arg(up.path())));
        }
    }
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);
    const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(locked).constData(), 0700); });

    QByteArray out, err;
    int exitCode = -1;
    QVERIFY(runApp({u"--data-dir"_s, locked, u"--screenshot"_s, m_dir->filePath(u"out/shot.png"_s)},
                   false, &out, &err, &exitCode, root));
    QVERIFY2(exitCode != 125, "could not become nobody");
    const QString log = QString::fromUtf8(out + err);
    QVERIFY2(log.contains(u"permission denied"_s), qPrintable(log.right(3000)));
    QVERIFY2(!log.contains(u"in use by another Switchboard"_s), qPrintable(log.right(3000)));
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
