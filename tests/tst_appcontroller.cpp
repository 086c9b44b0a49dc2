// The app's wiring: the sandbox on its own thread, the sandbox account, settings in
// --data-dir, and --screenshot run in-process.
#include "api/account.h"
#include "api/accountclient.h"
#include "kindregistry.h"
#include "appcontroller.h"
#include "mainwindow.h"
#include "sandboxhost.h"

#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr int startTimeoutMs = 60000;
}

class tst_AppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sandboxHostRunsServerOnItsThread();
    void sandboxHostReportsFailure();
    void quittingStopsALongSeed();
    void sandboxAccountHasEveryFamily();
    void startsSandboxWithNoAccount();
    void sectionOption();
    void remembersLastSectionInDataDir();
    void screenshotInProcess();
    void screenshotToUnwritablePlaceFails();
};

void tst_AppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SwitchboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_appcontroller"_s);
}

void tst_AppController::sandboxHostRunsServerOnItsThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.filePath(u"sandbox"_s);
    options.seed = u"demo"_s;
    options.numbers = 10;

    auto host = std::make_unique<SandboxHost>();
    QSignalSpy started(host.get(), &SandboxHost::started);
    QSignalSpy failed(host.get(), &SandboxHost::failed);
    host->start(options);
    QVERIFY(host->isStarting());
    QVERIFY(started.wait(startTimeoutMs) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(host->isRunning());
    const SandboxEndpoint endpoint = host->endpoint();
    QCOMPARE(endpoint.baseUrl.host(), u"127.0.0.1"_s);
    QVERIFY(endpoint.baseUrl.port() > 0);
    QVERIFY(!endpoint.credentials.propertiesAuthToken.isEmpty());

    // The GUI thread's client talks to the server on the other thread.
    std::unique_ptr<Account> account(AppController::createSandboxAccount(endpoint));
    account->startMonitoring();
    QTRY_COMPARE_WITH_TIMEOUT(account->connectionState(), Account::ConnectionState::Online,
                              15000);
    account.reset();
    host.reset(); // joins the thread; must not hang or crash
    QVERIFY(QDir(options.dataDir).exists());
}

void tst_AppController::quittingStopsALongSeed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.filePath(u"sandbox"_s);
    options.seed = u"demo"_s;
    options.numbers = 100000; // seconds of work: quitting must not wait for all of it

    const QString file = QDir(options.dataDir).filePath(u"sandbox.sqlite"_s);
    {
        SandboxHost host;
        host.start(options);
        QVERIFY(host.isStarting());
        QTRY_VERIFY(QFile::exists(file)); // the server is up and seeding
    } // the window closed mid-seed

    // The seed stopped and rolled back: no half-filled folder, and the next start seeds anew.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery count(db);
        if (count.exec(u"SELECT count(*) FROM numbers"_s) && count.next())
            QCOMPARE(count.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void tst_AppController::sandboxHostReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    SandboxOptions options;
    options.dataDir = dir.filePath(u"file/sandbox"_s); // under a plain file: cannot exist
    options.seed = u"demo"_s;
    SandboxHost host;
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(options);
    QVERIFY(failed.wait(startTimeoutMs));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!host.isRunning());
}

void tst_AppController::sandboxAccountHasEveryFamily()
{
    SandboxEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:1234"_s);
    endpoint.credentials.twilioAccountSid = u"AC123"_s;
    endpoint.credentials.broadcastApiKey = u"key"_s;
    std::unique_ptr<Account> account(AppController::createSandboxAccount(endpoint));
    QCOMPARE(account->id(), u"sandbox"_s);
    QVERIFY(account->isSandbox());
    QCOMPARE(account->clients().size(), 4);
    QCOMPARE(account->client(ApiFamily::Twilio)->profile().user, u"AC123"_s);
    QCOMPARE(account->client(ApiFamily::Broadcast)->profile().secret, u"key"_s);
    QCOMPARE(KindRegistry::builtIn().sectionsFor(account->families()),
             (QList<Section>{Section::Properties, Section::Broadcast, Section::TwilioNumbers,
                             Section::SignalWireNumbers, Section::Drafts}));
    QVERIFY(account->description().contains(u"127.0.0.1:1234"_s));
}

void tst_AppController::startsSandboxWithNoAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    controller.start();
    QVERIFY(controller.window()->isVisible());
    QVERIFY(controller.sandboxHost());
    QTRY_COMPARE_WITH_TIMEOUT(controller.window()->accounts().size(), 2, startTimeoutMs);
    Account *account = controller.window()->accounts().constFirst();
    QCOMPARE(account->id(), u"sandbox"_s);
    QCOMPARE(controller.window()->currentSection(), Section::Properties);
    // Its Twilio subaccount, a second account of its own, to move drafts between.
    Account *subaccount = controller.window()->accounts().at(1);
    QCOMPARE(subaccount->id(), AppController::SandboxSubaccountId);
    QCOMPARE(subaccount->families(), QList<ApiFamily>{ApiFamily::Twilio});
    QVERIFY(subaccount->isSandbox());
    QVERIFY(subaccount->client(ApiFamily::Twilio)->profile().user
            != account->client(ApiFamily::Twilio)->profile().user);
    QTRY_COMPARE_WITH_TIMEOUT(subaccount->connectionState(), Account::ConnectionState::Online,
                              15000);
    QTRY_COMPARE_WITH_TIMEOUT(account->connectionState(), Account::ConnectionState::Online,
                              15000);
    QVERIFY(QDir(dir.filePath(u"sandbox"_s)).exists());
}

void tst_AppController::sectionOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    options.section = u"drafts"_s;
    AppController controller(options);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(controller.window()->accounts().size(), 2, startTimeoutMs);
    QCOMPARE(controller.window()->currentSection(), Section::Drafts);
}

void tst_AppController::remembersLastSectionInDataDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    {
        AppController controller(options);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.window()->accounts().size(), 2, startTimeoutMs);
        QVERIFY(controller.window()->selectSection(controller.window()->accounts().first(),
                                                   Section::Broadcast));
        controller.window()->close();
    }
    QVERIFY(QFile::exists(dir.filePath(u"switchboard.ini"_s)));
    {
        AppController controller(options);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.window()->accounts().size(), 2, startTimeoutMs);
        QCOMPARE(controller.window()->currentSection(), Section::Broadcast);
    }
}

void tst_AppController::screenshotInProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.filePath(u"data"_s);
    options.sandboxNumbers = 10;
    options.screenshotFile = dir.filePath(u"shot.png"_s);
    options.section = u"broadcast"_s;
    AppController controller(options);
    QSignalSpy exit(&controller, &AppController::exitRequested);
    controller.start();
    QVERIFY(exit.wait(startTimeoutMs));
    QVERIFY2(exit.first().at(0).toInt() == 0, qPrintable(exit.first().at(1).toString()));
    QImage image(options.screenshotFile);
    QCOMPARE(image.size(), QSize(1280, 800));
    // Screenshot mode leaves no trace in the settings.
    QVERIFY(!QFile::exists(QDir(options.dataDir).filePath(u"switchboard.ini"_s)));
}

void tst_AppController::screenshotToUnwritablePlaceFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.filePath(u"data"_s);
    options.sandboxNumbers = 10;
    options.screenshotFile = dir.filePath(u"missing/folder/shot.png"_s);
    options.section = u"drafts"_s;
    AppController controller(options);
    QSignalSpy exit(&controller, &AppController::exitRequested);
    controller.start();
    QVERIFY(exit.wait(startTimeoutMs));
    QCOMPARE(exit.first().at(0).toInt(), 1);
    QVERIFY2(exit.first().at(1).toString().contains(u"shot.png"_s),
             qPrintable(exit.first().at(1).toString()));
}

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
