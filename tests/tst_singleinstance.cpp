// One Switchboard per data folder: SingleInstance in-process (hand-over between two with
// the same folder, none between different folders, a crashed one's socket, a holder that
// does not answer), the real `switchboard` executable as child processes (a second start
// hands over and exits; a killed first one is replaced), and the read-only window when the
// folder is held by someone who does not answer.
#include "api/account.h"
#include "appcontroller.h"
#include "mainwindow.h"
#include "sectionpane.h"
#include "singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SingleInstance::HandOver)

namespace {
constexpr int startTimeoutMs = 60000;
constexpr int handOverWaitMs = 10000;
const QString handedOverLine = u"switchboard: Switchboard is already running; showed its window."_s;
} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // in-process
    void sameFolderHandsOver();
    void sameFolderSpelledDifferently();
    void differentFoldersDoNotMeet();
    void staleSocketIsRecovered();
    void silentHolderGivesNoAnswer();
    void holderThatQuitIsTakenOver();

    // the executable
    void secondStartHandsOverAndExits();
    void killedFirstIsReplaced();
    void unansweredStartOpensReadOnly();

    // the window
    void forwardedSectionIsShown();
    void forwardedSectionWaitsForItsAccount();
    void readOnlyWhenDraftsAreHeld();
    void notReadOnlyWhenFolderIsFree();

private:
    struct Child
    {
        QProcess *process = nullptr;
        QByteArray err; // everything it wrote on stderr so far
    };
    // Starts `switchboard` with its data in `dataDir` and everything else of the user's in
    // the test's home; the process is killed in cleanup().
    Child *launch(const QString &dataDir, const QStringList &extra = {});
    bool waitForErr(Child *child, const QByteArray &text, int timeoutMs = startTimeoutMs);
    // The server name a folder's instance listens on, removed in cleanup() (a killed
    // instance leaves its socket file behind).
    QString trackServer(const QString &dataDir);

    std::unique_ptr<QTemporaryDir> m_home;
    QList<Child *> m_children;
    QStringList m_serverNames;
};

void tst_SingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SwitchboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_singleinstance"_s);
    qRegisterMetaType<SingleInstance::HandOver>();
    QVERIFY2(QFile::exists(QStringLiteral(SWITCHBOARD_EXE)), SWITCHBOARD_EXE);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void tst_SingleInstance::cleanup()
{
    for (Child *child : std::as_const(m_children)) {
        if (child->process->state() != QProcess::NotRunning) {
            child->process->kill();
            child->process->waitForFinished(10000); // a test, not the product: may block
        }
        delete child->process;
        delete child;
    }
    m_children.clear();
    for (const QString &name : std::as_const(m_serverNames))
        QLocalServer::removeServer(name);
    m_serverNames.clear();
}

tst_SingleInstance::Child *tst_SingleInstance::launch(const QString &dataDir,
                                                      const QStringList &extra)
{
    auto *child = new Child;
    child->process = new QProcess;
    m_children << child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_LOGGING_RULES"_s,
               u"qt.qpa.*=false;switchboard.instance.info=true;switchboard.app.info=true"_s);
    env.insert(u"HOME"_s, m_home->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data-home"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home->path());
    child->process->setProcessEnvironment(env);
    connect(child->process, &QProcess::readyReadStandardError, this,
            [child] { child->err += child->process->readAllStandardError(); });
    child->process->start(QStringLiteral(SWITCHBOARD_EXE),
                          QStringList{u"--data-dir"_s, dataDir, u"--sandbox-numbers"_s, u"10"_s}
                              + extra);
    return child;
}

bool tst_SingleInstance::waitForErr(Child *child, const QByteArray &text, int timeoutMs)
{
    QSignalSpy more(child->process, &QProcess::readyReadStandardError);
    QElapsedTimer clock;
    clock.start();
    while (!child->err.contains(text)) {
        if (child->process->state() == QProcess::NotRunning)
            return child->err.contains(text);
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || (!more.wait(int(left)) && !child->err.contains(text)))
            return child->err.contains(text);
    }
    return true;
}

QString tst_SingleInstance::trackServer(const QString &dataDir)
{
    const QString name = SingleInstance::serverNameFor(dataDir);
    m_serverNames << name;
    return name;
}

// --- in-process -------------------------------------------------------------------------

void tst_SingleInstance::sameFolderHandsOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    QVERIFY(first.listen());
    QVERIFY(first.isListening());
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    SingleInstance second(dir.path());
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(!second.claim()); // the first holds the folder
    QSignalSpy finished(&second, &SingleInstance::handOverFinished);
    second.handOver(QJsonObject{{u"section"_s, u"drafts"_s}});
    QVERIFY(finished.wait(handOverWaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::Done);
    QVERIFY(finished.first().at(1).toJsonObject().value(u"ok"_s).toBool());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toJsonObject(), (QJsonObject{{u"section"_s, u"drafts"_s}}));
    QVERIFY(!second.isClaimed());
    QCOMPARE(second.outcomeText(SingleInstance::HandOver::Done),
             u"Switchboard is already running; showed its window."_s);

    // And again: the first keeps serving later starts.
    SingleInstance third(dir.path());
    QSignalSpy thirdFinished(&third, &SingleInstance::handOverFinished);
    third.handOver({});
    QVERIFY(thirdFinished.wait(handOverWaitMs));
    QCOMPARE(thirdFinished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::Done);
    QCOMPARE(received.size(), 2);
}

void tst_SingleInstance::sameFolderSpelledDifferently()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    const QString name = SingleInstance::serverNameFor(dir.path());
    QCOMPARE(SingleInstance::serverNameFor(dir.path() + u"/"_s), name);
    QCOMPARE(SingleInstance::serverNameFor(dir.filePath(u"sub/.."_s)), name);
    QVERIFY(SingleInstance::serverNameFor(dir.filePath(u"sub"_s)) != name);
#ifdef Q_OS_UNIX
    // Through a symbolic link it is still the same folder.
    const QString link = dir.filePath(u"link"_s);
    QVERIFY(QFile::link(dir.filePath(u"sub"_s), link));
    QCOMPARE(SingleInstance::serverNameFor(link), SingleInstance::serverNameFor(dir.filePath(u"sub"_s)));
    // The user is part of the name.
    QVERIFY2(name.startsWith(u"switchboard-%1-"_s.arg(::getuid())), qPrintable(name));
#endif
}

void tst_SingleInstance::differentFoldersDoNotMeet()
{
    QTemporaryDir a, b;
    QVERIFY(a.isValid() && b.isValid());
    SingleInstance first(a.path());
    SingleInstance other(b.path());
    QVERIFY(first.serverName() != other.serverName());
    QVERIFY(first.claim());
    QVERIFY(other.claim()); // its own folder: nobody holds it
    QVERIFY(first.listen());
    QVERIFY(other.listen());
    QSignalSpy firstReceived(&first, &SingleInstance::messageReceived);
    QSignalSpy otherReceived(&other, &SingleInstance::messageReceived);

    SingleInstance later(b.path());
    QSignalSpy finished(&later, &SingleInstance::handOverFinished);
    later.handOver(QJsonObject{{u"section"_s, u"broadcast"_s}});
    QVERIFY(finished.wait(handOverWaitMs));
    QCOMPARE(finished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::Done);
    QCOMPARE(otherReceived.size(), 1);
    QCOMPARE(firstReceived.size(), 0);
}

void tst_SingleInstance::staleSocketIsRecovered()
{
#ifndef Q_OS_UNIX
    QSKIP("A socket file is left behind only on Unix.");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = trackServer(dir.path());
    // What a crashed instance leaves: a socket file that nobody listens on.
    const QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(name));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.begin(), path.end(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));
    {
        QLocalServer blocked; // the stale file is in the way of a plain listen()
        QVERIFY(!blocked.listen(name));
    }

    SingleInstance instance(dir.path());
    QVERIFY(instance.claim());
    QVERIFY(instance.listen());
    QSignalSpy received(&instance, &SingleInstance::messageReceived);
    SingleInstance later(dir.path());
    QSignalSpy finished(&later, &SingleInstance::handOverFinished);
    later.handOver({});
    QVERIFY(finished.wait(handOverWaitMs));
    QCOMPARE(finished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::Done);
    QCOMPARE(received.size(), 1);
#endif
}

void tst_SingleInstance::silentHolderGivesNoAnswer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = trackServer(dir.path());
    // Someone holds the folder and even accepts connections, but never answers.
    QLockFile holder(dir.filePath(u"instance.lock"_s));
    QVERIFY(holder.tryLock(0));
    QLocalServer silent;
    QVERIFY(silent.listen(name));
    QSignalSpy accepted(&silent, &QLocalServer::newConnection);

    SingleInstance later(dir.path());
    QVERIFY(!later.claim());
    QSignalSpy finished(&later, &SingleInstance::handOverFinished);
    QElapsedTimer clock;
    clock.start();
    later.handOver(QJsonObject{{u"section"_s, u"drafts"_s}}, 700);
    QVERIFY(finished.wait(handOverWaitMs));
    QCOMPARE(finished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::NoAnswer);
    QVERIFY(clock.elapsed() >= 650);
    QVERIFY(accepted.size() >= 1);
    QVERIFY(later.outcomeText(SingleInstance::HandOver::NoAnswer).contains(u"read-only"_s));
    silent.close();

    // Nobody listening at all: the same, at the deadline.
    SingleInstance again(dir.path());
    QSignalSpy againFinished(&again, &SingleInstance::handOverFinished);
    again.handOver({}, 300);
    QVERIFY(againFinished.wait(handOverWaitMs));
    QCOMPARE(againFinished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::NoAnswer);
}

void tst_SingleInstance::holderThatQuitIsTakenOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto holder = std::make_unique<QLockFile>(dir.filePath(u"instance.lock"_s));
    QVERIFY(holder->tryLock(0));
    SingleInstance later(dir.path());
    QSignalSpy finished(&later, &SingleInstance::handOverFinished);
    later.handOver({}, 5000);
    QTimer::singleShot(200, this, [&holder] { holder.reset(); }); // it quits meanwhile
    QVERIFY(finished.wait(handOverWaitMs));
    QCOMPARE(finished.first().at(0).value<SingleInstance::HandOver>(),
             SingleInstance::HandOver::Claimed);
    QVERIFY(later.isClaimed());
    trackServer(dir.path());
    QVERIFY(later.listen());
}

// --- the executable ---------------------------------------------------------------------

void tst_SingleInstance::secondStartHandsOverAndExits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    trackServer(dir.path());
    Child *first = launch(dir.path());
    QVERIFY2(waitForErr(first, "Listening for later starts"), first->err.constData());

    Child *second = launch(dir.path(), {u"--section"_s, u"drafts"_s});
    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(second->process, &QProcess::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(second->process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->process->exitCode() == 0, second->err.constData());
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(QString::fromUtf8(second->process->readAllStandardOutput()).trimmed(), handedOverLine);

    // The first goes on, and did what was asked.
    QVERIFY2(waitForErr(first, "A later start handed over: showed the window, section drafts"),
             first->err.constData());
    QCOMPARE(first->process->state(), QProcess::Running);
    QVERIFY(!first->err.contains("Read-only"));
}

void tst_SingleInstance::killedFirstIsReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    trackServer(dir.path());
    Child *first = launch(dir.path());
    QVERIFY2(waitForErr(first, "Listening for later starts"), first->err.constData());
    first->process->kill(); // SIGKILL: its locks and its socket file stay behind
    QVERIFY(first->process->waitForFinished(10000));

    Child *next = launch(dir.path(), {u"--section"_s, u"drafts"_s});
    QVERIFY2(waitForErr(next, "Listening for later starts"), next->err.constData());
    QCOMPARE(next->process->state(), QProcess::Running);
    QVERIFY(!next->err.contains("Read-only"));
    QVERIFY(!next->err.contains("does not answer"));
    QVERIFY(next->process->readAllStandardOutput().isEmpty());

    // And it serves later starts in turn.
    Child *later = launch(dir.path());
    QSignalSpy finished(later->process, &QProcess::finished);
    QVERIFY(finished.wait(15000));
    QVERIFY2(later->process->exitCode() == 0, later->err.constData());
    QCOMPARE(QString::fromUtf8(later->process->readAllStandardOutput()).trimmed(), handedOverLine);
}

void tst_SingleInstance::unansweredStartOpensReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A Switchboard that holds the folder but is stuck: both locks, nobody listening.
    QLockFile instanceLock(dir.filePath(u"instance.lock"_s));
    QVERIFY(instanceLock.tryLock(0));
    QLockFile draftsLock(dir.filePath(u"drafts.lock"_s));
    QVERIFY(draftsLock.tryLock(0));

    Child *child = launch(dir.path());
    QVERIFY2(waitForErr(child, "does not answer; this one opens read-only"), child->err.constData());
    QVERIFY2(waitForErr(child, "Read-only: another Switchboard holds"), child->err.constData());
    QCOMPARE(child->process->state(), QProcess::Running);
    QVERIFY(!child->err.contains("Listening for later starts"));
}

// --- the window ---------------------------------------------------------------------------

void tst_SingleInstance::forwardedSectionIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    controller.start();
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 2, startTimeoutMs); // the sandbox and its subaccount
    QCOMPARE(window->currentSection(), Section::Properties);
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());

    controller.handleForwardedOptions(CommandLine::fromForwarded(
        CommandLine::forwardedOptions(CommandLine::parse(
            {u"switchboard"_s, u"--section"_s, u"drafts"_s}).options)));
    QCOMPARE(window->currentSection(), Section::Drafts);
    QTRY_VERIFY(!window->isMinimized());
    QVERIFY(window->isVisible());

    // Nothing asked: the window comes forward, the section stays.
    controller.handleForwardedOptions({});
    QCOMPARE(window->currentSection(), Section::Drafts);
}

void tst_SingleInstance::forwardedSectionWaitsForItsAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    controller.start();
    MainWindow *window = controller.window();
    QVERIFY(window->accounts().isEmpty()); // the sandbox is still starting
    CommandLineOptions forwarded;
    forwarded.section = u"broadcast"_s;
    controller.handleForwardedOptions(forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 2, startTimeoutMs); // the sandbox and its subaccount
    QCOMPARE(window->currentSection(), Section::Broadcast);
}

void tst_SingleInstance::readOnlyWhenDraftsAreHeld()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLockFile held(dir.filePath(u"drafts.lock"_s)); // another Switchboard, not answering
    QVERIFY(held.tryLock(0));

    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    controller.start();
    MainWindow *window = controller.window();
    QVERIFY(!controller.draftStore());
    QVERIFY(window->isReadOnly());
    const QString text = window->readOnlyText();
    QVERIFY2(text.startsWith(u"Read-only: "_s), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(dir.path())), qPrintable(text));
    QVERIFY2(text.contains(u"does not answer"_s), qPrintable(text));
    auto *notice = window->findChild<QLabel *>(u"readOnlyNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), text);

    // Later messages do not replace it.
    window->showTransientMessage(u"Something else happened"_s);
    QCOMPARE(window->statusBar()->currentMessage(), u"Something else happened"_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), text);

    // A form opened now cannot be edited, and says why.
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 2, startTimeoutMs); // the sandbox and its subaccount
    QVERIFY(window->selectSection(window->accounts().constFirst(), Section::Properties));
    QAction *newProperty = nullptr;
    for (QAction *action : window->currentPane()->toolBarActions()) {
        if (action->objectName() == u"newPropertyAction")
            newProperty = action;
    }
    if (!newProperty)
        QSKIP("The Properties pane has no New action in this build.");
    newProperty->trigger();
    QCOMPARE(window->documentCount(), 1);
    QWidget *form = window->tabWidget()->widget(1);
    QVERIFY(!form->isEnabled());
    QCOMPARE(form->toolTip(), text);
    QVERIFY(notice->isVisible());
}

void tst_SingleInstance::notReadOnlyWhenFolderIsFree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    controller.start();
    QVERIFY(controller.draftStore());
    QVERIFY(!controller.window()->isReadOnly());
    QVERIFY(controller.window()->readOnlyText().isEmpty());
    QVERIFY(!controller.window()->findChild<QLabel *>(u"readOnlyNotice"_s));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
