// Drafts when the disk is full, with a SQLite VFS that fails writes with SQLITE_FULL on
// demand (tests/support/fulldisk.h): the form and the Drafts section say so for as long as
// it lasts, the store writes the draft by itself once space is back, quitting asks first and
// can save the unsaved drafts elsewhere, and start-up errors name the real cause. The real
// window, store and sandbox, under offscreen.
#include "api/account.h"
#include "appcontroller.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "drafts/draftfile.h"
#include "drafts/draftlistmodel.h"
#include "drafts/draftspane.h"
#include "drafts/draftstore.h"
#include "drafts/storagefailure.h"
#include "fulldisk.h"
#include "mainwindow.h"
#include "properties/propertyform.h"
#include "sandboxfixture.h"
#include "validation/privatefiles.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString DiskFullBanner = u"Not saved: the disk is full — free space or export this draft"_s;

mode_t modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}
} // namespace

Q_DECLARE_METATYPE(StorageFailure::Kind)

class tst_DiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void qtDriverWritesThroughTheTestVfs();
    void newFormTypedWhileTheDiskIsFull();
    void existingDraftEditedWhileTheDiskIsFull();
    void closedFormIsStillWrittenOnceThereIsSpace();
    void exportFromTheFormBanner();
    void quittingWithUnsavedEditsAsksFirst_data();
    void quittingWithUnsavedEditsAsksFirst();
    void quittingWithEverythingSavedDoesNotAsk();
    void startUpOnAFullDiskSaysSo();
    void startUpWhileAnotherSwitchboardHoldsTheDrafts();
    void startUpAfterAKilledSwitchboardLeftAnEmptyLock();
    void startUpInAFolderThatCannotBeWritten();
    void causesAreToldApart_data();
    void causesAreToldApart();
    void foldersAndFilesArePrivate();

private:
    void openWindow();
    PropertyForm *newForm();
    DraftsPane *draftsPane();
    QAction *quitAction();

    SandboxFixture m_sandbox{20};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    Account *m_account = nullptr;
};

void tst_DiskFull::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Before any connection opens: every database of this process goes through it.
    QVERIFY(FullDisk::install());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_DiskFull::init()
{
    FullDisk::setFull(false);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DiskFull::cleanup()
{
    FullDisk::setFull(false);
    m_window.reset();
    m_store.reset();
    m_account = nullptr;
    m_dir.reset();
}

void tst_DiskFull::openWindow()
{
    m_store = std::make_unique<DraftStore>(m_dir->filePath(u"data"_s));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    m_account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    m_account->addProfile(m_sandbox.profile(ApiFamily::Properties));
    m_window->addAccount(m_account);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

PropertyForm *tst_DiskFull::newForm()
{
    auto *form = qobject_cast<PropertyForm *>(m_window->newDocument(m_account, DraftKind::Property));
    return form;
}

DraftsPane *tst_DiskFull::draftsPane()
{
    if (!m_window->selectSection(m_account, Section::Drafts))
        return nullptr;
    return qobject_cast<DraftsPane *>(m_window->pane(m_account, Section::Drafts));
}

QAction *tst_DiskFull::quitAction()
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
                return action;
        }
    }
    return nullptr;
}

void tst_DiskFull::qtDriverWritesThroughTheTestVfs()
{
    // The premise of every other test here: Qt's QSQLITE driver opens through the VFS.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"vfs-check"_s);
        db.setDatabaseName(m_dir->filePath(u"check.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        const int before = FullDisk::writeCount();
        QVERIFY(query.exec(u"CREATE TABLE t (x TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO t VALUES ('a')"_s));
        QVERIFY(FullDisk::writeCount() > before);

        FullDisk::setFull(true);
        const int refused = FullDisk::refusedCount();
        QVERIFY(!query.exec(u"INSERT INTO t VALUES ('b')"_s));
        QVERIFY(FullDisk::refusedCount() > refused);
        QCOMPARE(query.lastError().nativeErrorCode(), u"13"_s); // SQLITE_FULL
        QCOMPARE(StorageFailure::fromSqlError(query.lastError(), StorageFailure::Facts()),
                 StorageFailure::Kind::DiskFull);

        FullDisk::setFull(false);
        QVERIFY2(query.exec(u"INSERT INTO t VALUES ('c')"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM t"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"vfs-check"_s);
}

void tst_DiskFull::newFormTypedWhileTheDiskIsFull()
{
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    FullDisk::setFull(true);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"Harbour Lights"_s);

    // A lasting, plain banner on the form, with a way out.
    QTRY_COMPARE_WITH_TIMEOUT(form->saveProblem(), DiskFullBanner, 10000);
    QCOMPARE(form->saveBanner()->actionText(), u"&Export…"_s);
    QVERIFY(form->saveBanner()->isVisible());
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_store->hasUnsaved());

    // And in the Drafts section, which has no draft to list yet.
    DraftsPane *pane = draftsPane();
    QVERIFY(pane);
    QVERIFY2(pane->saveProblemText().startsWith(u"Not saved: the disk is full — free space or "
                                                "export the unsaved drafts"_s),
             qPrintable(pane->saveProblemText()));

    // Retried on a timer, still failing: the banners stay (nothing times them out).
    const int refused = FullDisk::refusedCount();
    QTRY_VERIFY_WITH_TIMEOUT(FullDisk::refusedCount() >= refused + 2, 20000);
    QCOMPARE(form->saveProblem(), DiskFullBanner);
    QVERIFY(!pane->saveProblemText().isEmpty());

    // Space comes back: written without another keystroke, and the banners go.
    FullDisk::setFull(false);
    QTRY_VERIFY_WITH_TIMEOUT(form->saveProblem().isEmpty(), 15000);
    QCOMPARE(m_store->count(), 1);
    const Draft saved = m_store->drafts().constFirst();
    QCOMPARE(saved.title, u"Harbour Lights"_s);
    QCOMPARE(m_window->documentDrafts()->draftId(form), saved.id);
    QVERIFY(!m_store->hasUnsaved());
    QTRY_VERIFY(pane->saveProblemText().isEmpty());
    QCOMPARE(pane->model()->rowCount(), 1);

    // From now on it is the form's draft: more typing goes into it, not into a second one.
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u" North"_s);
    QTRY_COMPARE(m_store->draft(saved.id).title, u"Harbour Lights North"_s);
    QCOMPARE(m_store->count(), 1);
}

void tst_DiskFull::existingDraftEditedWhileTheDiskIsFull()
{
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    QTest::keyClicks(name, u"Bayside"_s);
    QTRY_VERIFY(!m_window->documentDrafts()->draftId(form).isEmpty());
    const QString id = m_window->documentDrafts()->draftId(form);
    QTRY_COMPARE(m_store->draft(id).title, u"Bayside"_s);

    FullDisk::setFull(true);
    QTest::keyClicks(name, u" Physio"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form->saveProblem(), DiskFullBanner, 10000);
    QCOMPARE(m_store->draft(id).title, u"Bayside"_s); // what is on disk

    FullDisk::setFull(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).title, u"Bayside Physio"_s, 15000);
    QTRY_VERIFY(form->saveProblem().isEmpty());
    // On disk too, not only in memory: a new store reads it back.
    m_window.reset();
    m_store.reset();
    DraftStore again(m_dir->filePath(u"data"_s));
    QVERIFY(again.open());
    QCOMPARE(again.draft(id).title, u"Bayside Physio"_s);
}

void tst_DiskFull::closedFormIsStillWrittenOnceThereIsSpace()
{
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    FullDisk::setFull(true);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"Closed Early"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form->saveProblem(), DiskFullBanner, 10000);
    m_window->closeDocument(1); // the tab goes; what it held stays with the store
    QCOMPARE(m_window->documentCount(), 0);
    QVERIFY(m_store->hasUnsaved());

    FullDisk::setFull(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->count(), 1, 15000);
    QCOMPARE(m_store->drafts().constFirst().title, u"Closed Early"_s);
    QVERIFY(!m_store->hasUnsaved());
}

void tst_DiskFull::exportFromTheFormBanner()
{
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    FullDisk::setFull(true);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"Exported"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form->saveProblem(), DiskFullBanner, 10000);

    QTest::mouseClick(form->saveBanner()->findChild<QPushButton *>(u"messageBannerAction"_s),
                      Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"draftExportDialog"_s)));
    const QString path = m_dir->filePath(u"elsewhere/draft.json"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"elsewhere"_s)));
    emit dialog->fileSelected(path); // what choosing the file does
    dialog->close();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<Draft> drafts;
    QString error;
    QVERIFY2(DraftFile::decode(file.readAll(), 10, &drafts, &error), qPrintable(error));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.constFirst().title, u"Exported"_s);
    QCOMPARE(drafts.constFirst().kind, DraftKind::Property);
}

void tst_DiskFull::quittingWithUnsavedEditsAsksFirst_data()
{
    QTest::addColumn<QString>("choice");
    QTest::newRow("cancel") << u"cancel"_s;
    QTest::newRow("quit anyway") << u"quitAnyway"_s;
    QTest::newRow("save elsewhere") << u"saveElsewhere"_s;
}

void tst_DiskFull::quittingWithUnsavedEditsAsksFirst()
{
    QFETCH(QString, choice);
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    FullDisk::setFull(true);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"Last Edit"_s);
    // Quit at once, before the autosave: quitting saves first, fails, and asks.
    QAction *quit = quitAction();
    QVERIFY(quit);
    quit->trigger();

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"unsavedOnQuit"_s)));
    QVERIFY(box->isVisible());
    QVERIFY(m_window->isVisible());
    QVERIFY2(box->text().contains(u"could not be saved"_s) && box->text().contains(u"full"_s),
             qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(u"saveElsewhere"_s));
    QVERIFY(box->findChild<QPushButton *>(u"quitAnyway"_s));
    QVERIFY(box->findChild<QPushButton *>(u"cancel"_s));

    QPushButton *button = box->findChild<QPushButton *>(choice);
    QVERIFY(button);
    button->click();

    if (choice == u"cancel") {
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"unsavedOnQuit"_s));
        QVERIFY(m_window->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Last Edit"_s);
        QVERIFY(m_store->hasUnsaved());
        // Asked again next time.
        quit->trigger();
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"unsavedOnQuit"_s));
        m_window->findChild<QMessageBox *>(u"unsavedOnQuit"_s)
            ->findChild<QPushButton *>(u"cancel"_s)
            ->click();
        return;
    }
    if (choice == u"quitAnyway") {
        QTRY_VERIFY(!m_window->isVisible());
        return;
    }

    // Save elsewhere: the unsaved drafts go to a file on another disk; then it quits.
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"unsavedExportDialog"_s)));
    QVERIFY(m_window->isVisible());
    const QString path = m_dir->filePath(u"usb-stick.json"_s);
    emit dialog->fileSelected(path);
    dialog->close();
    QTRY_VERIFY(!m_window->isVisible());

    // The file gives the draft back in a store with space.
    FullDisk::setFull(false);
    QTemporaryDir other;
    DraftStore store(other.path());
    QVERIFY(store.open());
    const DraftTransferResult imported = store.importFrom(path);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.drafts().constFirst().title, u"Last Edit"_s);
}

void tst_DiskFull::quittingWithEverythingSavedDoesNotAsk()
{
    openWindow();
    PropertyForm *form = newForm();
    QVERIFY(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), u"All Saved"_s);
    QAction *quit = quitAction();
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->findChild<QMessageBox *>(u"unsavedOnQuit"_s));
    QCOMPARE(m_store->drafts().constFirst().title, u"All Saved"_s);
}

void tst_DiskFull::startUpOnAFullDiskSaysSo()
{
    FullDisk::setFull(true);
    // The store on its own: the real cause, not "in use by another Switchboard".
    {
        DraftStore store(m_dir->filePath(u"store"_s));
        QVERIFY(!store.open());
        QCOMPARE(store.failure(), StorageFailure::Kind::DiskFull);
        QVERIFY2(store.errorString().contains(u"is full"_s), qPrintable(store.errorString()));
        QVERIFY2(!store.errorString().contains(u"another Switchboard"_s),
                 qPrintable(store.errorString()));
    }
    // The app: a window that says so for as long as it is open, and keeps nothing typed.
    CommandLineOptions options;
    options.dataDir = m_dir->filePath(u"app"_s);
    {
        AppController controller(options);
        controller.start();
        MainWindow *window = controller.window();
        QVERIFY(window->isReadOnly());
        QVERIFY2(window->readOnlyText().contains(u"is full"_s)
                     && window->readOnlyText().contains(u"Free some space"_s),
                 qPrintable(window->readOnlyText()));
        QVERIFY(!window->readOnlyText().contains(u"another Switchboard"_s));
        QVERIFY(!controller.draftStore());
    }
    // Space again: the same folder starts normally.
    FullDisk::setFull(false);
    DraftStore store(m_dir->filePath(u"store"_s));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.failure(), StorageFailure::Kind::None);
}

void tst_DiskFull::startUpWhileAnotherSwitchboardHoldsTheDrafts()
{
    const QString folder = m_dir->filePath(u"held"_s);
    QVERIFY(QDir().mkpath(folder));
    QLockFile other(folder + u"/drafts.lock"_s);
    QVERIFY(other.tryLock(0));
    DraftStore store(folder);
    QVERIFY(!store.open());
    QCOMPARE(store.failure(), StorageFailure::Kind::Locked);
    QVERIFY2(store.errorString().contains(u"in use by another Switchboard"_s),
             qPrintable(store.errorString()));
}

void tst_DiskFull::startUpAfterAKilledSwitchboardLeftAnEmptyLock()
{
    // Killed between creating its lock file and writing its process id into it.
    const QString folder = m_dir->filePath(u"killed"_s);
    QVERIFY(QDir().mkpath(folder));
    {
        QFile empty(folder + u"/drafts.lock"_s);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    DraftStore store(folder);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    // A lock that a live process holds is still respected, readable or not.
    DraftStore second(folder);
    QVERIFY(!second.open());
    QCOMPARE(second.failure(), StorageFailure::Kind::Locked);
}

void tst_DiskFull::startUpInAFolderThatCannotBeWritten()
{
    if (::geteuid() == 0)
        QSKIP("root may write anywhere; causesAreToldApart() covers the decision");
    const QString folder = m_dir->filePath(u"locked-down"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    DraftStore store(folder);
    QVERIFY(!store.open());
    QCOMPARE(store.failure(), StorageFailure::Kind::PermissionDenied);
    QVERIFY2(store.errorString().contains(u"permission denied"_s), qPrintable(store.errorString()));
}

void tst_DiskFull::causesAreToldApart_data()
{
    QTest::addColumn<int>("lockError");  // -1: not a lock error
    QTest::addColumn<int>("sqliteCode"); // -1: not an SQLite error
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<qint64>("free");
    QTest::addColumn<StorageFailure::Kind>("kind");
    QTest::addColumn<QString>("says");

    using K = StorageFailure::Kind;
    const qint64 plenty = qint64(50) << 30;
    QTest::newRow("lock held by another Switchboard")
        << int(QLockFile::LockFailedError) << -1 << false << true << plenty << K::Locked
        << u"in use by another Switchboard"_s;
    QTest::newRow("lock file not written: disk full")
        << int(QLockFile::UnknownError) << -1 << false << true << qint64(0) << K::DiskFull
        << u"is full"_s;
    QTest::newRow("lock file on a read-only disk")
        << int(QLockFile::PermissionError) << -1 << true << false << plenty << K::ReadOnly
        << u"read-only"_s;
    QTest::newRow("lock file in a folder not ours")
        << int(QLockFile::PermissionError) << -1 << false << false << plenty
        << K::PermissionDenied << u"permission denied"_s;
    QTest::newRow("lock file, unknown, plenty of space")
        << int(QLockFile::UnknownError) << -1 << false << true << plenty << K::Other << QString();
    QTest::newRow("SQLITE_FULL") << -1 << 13 << false << true << plenty << K::DiskFull
                                 << u"is full"_s;
    QTest::newRow("SQLITE_IOERR_WRITE, nearly full")
        << -1 << (10 | (3 << 8)) << false << true << qint64(4096) << K::DiskFull << u"is full"_s;
    QTest::newRow("SQLITE_READONLY on a read-only disk")
        << -1 << 8 << true << false << plenty << K::ReadOnly << u"read-only"_s;
    QTest::newRow("SQLITE_READONLY, a file not ours")
        << -1 << 8 << false << true << plenty << K::PermissionDenied << u"permission denied"_s;
    QTest::newRow("SQLITE_CANTOPEN in a folder not ours")
        << -1 << 14 << false << false << plenty << K::PermissionDenied << u"permission denied"_s;
    QTest::newRow("SQLITE_BUSY") << -1 << 5 << false << true << plenty << K::Busy
                                 << u"another program"_s;
}

void tst_DiskFull::causesAreToldApart()
{
    QFETCH(int, lockError);
    QFETCH(int, sqliteCode);
    QFETCH(bool, readOnly);
    QFETCH(bool, writable);
    QFETCH(qint64, free);
    QFETCH(StorageFailure::Kind, kind);
    QFETCH(QString, says);
    StorageFailure::Facts facts;
    facts.readOnly = readOnly;
    facts.writable = writable;
    facts.bytesAvailable = free;
    const StorageFailure::Kind found = lockError >= 0
                                           ? StorageFailure::fromLockError(lockError, facts)
                                           : StorageFailure::fromSqliteCode(sqliteCode, facts);
    QCOMPARE(found, kind);
    const QString text = StorageFailure::describe(found, u"/home/ann/.local/share/Switchboard"_s);
    if (says.isEmpty()) {
        QVERIFY(text.isEmpty());
    } else {
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY(text.contains(u"/home/ann/.local/share/Switchboard"_s));
    }
}

void tst_DiskFull::foldersAndFilesArePrivate()
{
    const mode_t previous = ::umask(022); // as a user's shell would have it
    const auto restore = qScopeGuard([previous] { ::umask(previous); });

    // A folder the store makes (with its parent) is 0700, the database and its journals 0600.
    const QString made = m_dir->filePath(u"made/drafts"_s);
    {
        DraftStore store(made);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(!store.create(DraftKind::Property, u"a"_s, u"x"_s).isNull());
        QCOMPARE(modeOf(made), mode_t(0700));
        QCOMPARE(modeOf(m_dir->filePath(u"made"_s)), mode_t(0700));
        QCOMPARE(modeOf(made + u"/drafts.sqlite"_s), mode_t(0600));
        QCOMPARE(modeOf(made + u"/drafts.sqlite-wal"_s), mode_t(0600));
        QCOMPARE(modeOf(made + u"/drafts.sqlite-shm"_s), mode_t(0600));
    }
    // A folder that exists keeps its mode: it is the user's choice.
    const QString existing = m_dir->filePath(u"shared"_s);
    QVERIFY(QDir().mkdir(existing));
    QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0755) == 0);
    {
        DraftStore store(existing);
        QVERIFY(store.open());
    }
    QCOMPARE(modeOf(existing), mode_t(0755));
    QCOMPARE(modeOf(existing + u"/drafts.sqlite"_s), mode_t(0600));

    // The sandbox's folder and database (its credentials) alike.
    SandboxServer server;
    SandboxOptions options;
    options.dataDir = m_dir->filePath(u"sandbox/data"_s);
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    QCOMPARE(modeOf(options.dataDir), mode_t(0700));
    QCOMPARE(modeOf(options.dataDir + u"/sandbox.sqlite"_s), mode_t(0600));
    server.stop();
    QVERIFY(PrivateFiles::makeFolder(existing)); // nothing to do, nothing changed
    QCOMPARE(modeOf(existing), mode_t(0755));
}

QTEST_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"
