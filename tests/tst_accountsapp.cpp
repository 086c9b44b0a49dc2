// Accounts in the running app (AppController, offscreen, no keychain service): the sandbox
// as an account of its own, removed and added back; a real account's drafts kept when it is
// removed or signs in elsewhere, with the reason, and moved to another account; --account
// (also handed over by a later start); live accounts marked; the network log dock.
// With SWITCHBOARD_PICTURES=DIR it saves the window at 1000×700, light and dark.
#include "accountmanager.h"
#include "accounts/accountsdialog.h"
#include "api/account.h"
#include "api/networklog.h"
#include "appcontroller.h"
#include "connectionindicator.h"
#include "draftform.h"
#include "drafts/draftlistmodel.h"
#include "drafts/draftspane.h"
#include "drafts/draftstore.h"
#include "kindregistry.h"
#include "mainwindow.h"
#include "networklog/networklogdock.h"
#include "placeholderpane.h"
#include "properties/propertydraft.h"
#include "sandboxfixture.h"
#include "sandboxhost.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 60000;

AccountConfig propertiesAccount(const AccountProfile &p, const QString &name)
{
    AccountConfig c;
    c.id = AccountConfig::newId();
    c.name = name;
    c.family = ApiFamily::Properties;
    c.server = p.baseUrl.toString();
    c.accountSid = p.user;
    c.secret = p.secret;
    return c;
}

Draft propertyDraft(DraftStore *store, const QString &profileId, const QString &name)
{
    PropertyDraft payload;
    payload.name = name;
    payload.mainDomain = u"harbour.example.com"_s;
    payload.timeZone = u"AUS Eastern Standard Time"_s;
    return store->create(DraftKind::Property, profileId, name, payload.toJson(), true);
}
} // namespace

class tst_AccountsApp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartHasTheSandboxAsAnAccount();
    void sandboxIsRemovableAndComesBack();
    void removedAccountsDraftsAreKeptAndMove();
    void changedLoginKeepsOldDraftsApart();
    void accountOption();
    void liveAccountsAreMarked();
    void pictures();

private:
    DraftsPane *draftsPane(AppController &controller);
    static void startAndWaitForSandbox(AppController &controller);

    SandboxFixture m_target{10};
};

void tst_AccountsApp::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    QCoreApplication::setOrganizationName(u"SwitchboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountsapp"_s);
}

void tst_AccountsApp::startAndWaitForSandbox(AppController &controller)
{
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(u"sandbox"_s), timeoutMs);
}

DraftsPane *tst_AccountsApp::draftsPane(AppController &controller)
{
    MainWindow *window = controller.window();
    Account *any = window->accounts().value(0);
    if (!any || !window->selectSection(any, Section::Drafts))
        return nullptr;
    return qobject_cast<DraftsPane *>(window->currentPane());
}

void tst_AccountsApp::firstStartHasTheSandboxAsAnAccount()
{
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    startAndWaitForSandbox(controller);
    MainWindow *window = controller.window();

    Account *sandbox = window->account(u"sandbox"_s);
    QVERIFY(sandbox->isSandbox());
    QVERIFY(!sandbox->isLive());
    QCOMPARE(controller.accountManager()->accounts().size(), 1);
    QVERIFY(controller.accountManager()->hasSandbox());

    // Settings ▸ Accounts, and "Add your account" under the sidebar.
    QMenu *settings = window->menuBar()->findChild<QMenu *>(u"settingsMenu"_s);
    QVERIFY(settings);
    QVERIFY(settings->actions().contains(window->accountsAction()));
    QVERIFY(window->addAccountButton()->isVisible());
    window->addAccountButton()->click();
    QTRY_VERIFY(controller.accountsDialog());
    QVERIFY(controller.accountsDialog()->isAddPageShown());
    controller.accountsDialog()->reject();
    QTRY_VERIFY(!controller.accountsDialog());

    // Every section of the sandbox is a working one now (Broadcast projects was its last
    // placeholder); a placeholder it would show points to a real account (offerAddAccount).
    QVERIFY(window->selectSection(sandbox, Section::Broadcast));
    QVERIFY(!qobject_cast<PlaceholderPane *>(window->currentPane()));

    // View ▸ Network log: the sandbox's first requests are there.
    NetworkLog *log = controller.networkLog();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, timeoutMs);
    QAction *logAction = window->findChild<QAction *>(u"actionNetworkLog"_s);
    QVERIFY(logAction);
    logAction->trigger();
    QVERIFY(window->networkLogDock()->isVisible());
    QCOMPARE(window->networkLogDock()->log(), log);
    QAbstractItemModelTester tester(window->networkLogDock()->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window->networkLogDock()->view()->model()->rowCount() > 0);
    QCOMPARE(log->entry(0).account.isEmpty(), false);
}

void tst_AccountsApp::sandboxIsRemovableAndComesBack()
{
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    QString draftId;
    {
        AppController controller(options);
        startAndWaitForSandbox(controller);
        draftId = propertyDraft(controller.draftStore(), u"sandbox-properties"_s, u"Kept"_s).id;
        QVERIFY(!draftId.isEmpty());

        controller.openAccountsDialog(false, u"sandbox"_s);
        AccountsDialog *dialog = controller.accountsDialog();
        QVERIFY(dialog);
        dialog->removeCurrent();
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->account(u"sandbox"_s), timeoutMs);
        QVERIFY(!controller.sandboxHost()); // stopped
        QVERIFY(!controller.accountManager()->hasSandbox());
        // Nothing left: a welcome that offers both ways on.
        QVERIFY(!controller.window()->currentPane());
        QCOMPARE(controller.window()->tabWidget()->tabText(0), u"No accounts yet"_s);
        // Its draft is kept.
        QVERIFY(controller.draftStore()->contains(draftId));
        // Its data stays for when it comes back.
        QVERIFY(!QDir(controller.sandboxDataDir()).isEmpty());
    }
    {
        // The next start remembers: no sandbox.
        AppController controller(options);
        controller.start();
        QVERIFY(!controller.sandboxHost());
        QVERIFY(controller.window()->accounts().isEmpty());
        controller.window()->addSandboxAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(u"sandbox"_s), timeoutMs);
        QVERIFY(controller.accountManager()->hasSandbox());
        // Its profiles are in use again: the old draft is its own once more.
        DraftsPane *pane = draftsPane(controller);
        QVERIFY(pane);
        const QModelIndex row = pane->model()->indexOf(draftId);
        QVERIFY(row.isValid());
        QVERIFY(row.data(DraftListModel::BlockedRole).toString().isEmpty());
    }
}

void tst_AccountsApp::removedAccountsDraftsAreKeptAndMove()
{
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    startAndWaitForSandbox(controller);
    AccountManager *manager = controller.accountManager();
    const AccountConfig acme = propertiesAccount(m_target.profile(ApiFamily::Properties),
                                                 u"Acme properties"_s);
    manager->apply({AccountConfig::sandbox(), acme});
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(acme.id), timeoutMs);

    DraftStore *store = controller.draftStore();
    const Draft editing = propertyDraft(store, acme.profileId(), u"Harbour Lights"_s);
    DraftsPane *pane = draftsPane(controller);
    QVERIFY(pane);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Removed: the draft stays, says why it cannot be sent, and is not queued anywhere.
    manager->apply({AccountConfig::sandbox()});
    QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->account(acme.id), timeoutMs);
    QVERIFY(store->contains(editing.id));
    // (the Drafts pane is shared: it stays)
    pane = qobject_cast<DraftsPane *>(controller.window()->pane(nullptr, Section::Drafts));
    QVERIFY(pane);
    const QModelIndex row = pane->model()->indexOf(editing.id, DraftListModel::StateColumn);
    const QString reason = row.data(DraftListModel::BlockedRole).toString();
    QVERIFY2(reason.contains(u"Acme properties"_s) && reason.contains(u"removed"_s), qPrintable(reason));
    QVERIFY(row.data().toString().startsWith(u"Cannot be sent"_s));
    QVERIFY(pane->model()->indexOf(editing.id, DraftListModel::AccountColumn).data().toString()
                .contains(u"(removed)"_s));
    pane->selectIds({editing.id});
    pane->sendSelectedWhenOnline();
    QCOMPARE(store->draft(editing.id).state, OutboxState::Editing);
    QVERIFY(pane->bannerText().contains(u"move"_s, Qt::CaseInsensitive));

    // A queued one (its account gone before it was sent) waits: nobody sends it, though the
    // sandbox's outbox sends one queued after it.
    Draft queued = propertyDraft(store, acme.profileId(), u"Queued before removal"_s);
    QVERIFY(store->enqueue(queued.id));
    const Draft later = propertyDraft(store, u"sandbox-properties"_s, u"Queued after it"_s);
    QVERIFY(store->enqueue(later.id));
    QTRY_COMPARE_WITH_TIMEOUT(store->draft(later.id).state, OutboxState::Sent, timeoutMs);
    QCOMPARE(store->draft(queued.id).state, OutboxState::Queued);

    // Moved to another Properties account: the sandbox's. The queued one is sent there.
    pane->selectIds({editing.id, queued.id});
    const auto targets = pane->moveTargets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().first, u"sandbox-properties"_s);
    QVERIFY(pane->moveAction()->isEnabled());
    QVERIFY(pane->moveSelectedTo(u"sandbox-properties"_s));
    QCOMPARE(store->draft(editing.id).accountId, u"sandbox-properties"_s);
    QCOMPARE(store->draft(editing.id).state, OutboxState::Editing);
    QVERIFY(pane->model()->indexOf(editing.id).data(DraftListModel::BlockedRole).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(store->draft(queued.id).state, OutboxState::Sent, timeoutMs);
    QVERIFY(store->draft(queued.id).remoteId.startsWith(u'S'));
}

void tst_AccountsApp::changedLoginKeepsOldDraftsApart()
{
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    startAndWaitForSandbox(controller);
    AccountManager *manager = controller.accountManager();
    AccountConfig acme = propertiesAccount(m_target.profile(ApiFamily::Properties), u"Acme"_s);
    manager->apply({AccountConfig::sandbox(), acme});
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(acme.id), timeoutMs);
    const QString oldProfile = acme.profileId();
    const Draft draft = propertyDraft(controller.draftStore(), oldProfile, u"Written for the old login"_s);

    // A new token for the same login: same profile, nothing retired.
    AccountConfig rotated = manager->account(acme.id);
    rotated.secret = m_target.profile(ApiFamily::Properties).secret;
    rotated.name = u"Acme (renamed)"_s;
    manager->apply({AccountConfig::sandbox(), rotated});
    QTRY_COMPARE(controller.window()->account(acme.id)->displayName(), u"Acme (renamed)"_s);
    QCOMPARE(controller.window()->account(acme.id)->clients().first()->profile().id, oldProfile);
    QVERIFY(manager->retiredProfiles().isEmpty());

    // Another account SID: another login. The old profile is retired with the reason.
    AccountConfig other = manager->account(acme.id);
    other.accountSid = u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s;
    manager->apply({AccountConfig::sandbox(), other});
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(acme.id), timeoutMs);
    const QString newProfile = controller.window()->account(acme.id)->clients().first()->profile().id;
    QVERIFY(newProfile != oldProfile);
    QCOMPARE(manager->retiredProfiles().size(), 1);
    QCOMPARE(manager->retiredProfiles().first().reason, RetiredProfile::Reason::LoginChanged);
    DraftsPane *pane = draftsPane(controller);
    QVERIFY(pane);
    const QString reason = pane->model()->indexOf(draft.id).data(DraftListModel::BlockedRole).toString();
    QVERIFY2(reason.contains(u"another account"_s), qPrintable(reason));
    // The same account under its new login is a place to move it to.
    pane->selectIds({draft.id});
    bool offered = false;
    for (const auto &[id, name] : pane->moveTargets())
        offered = offered || id == newProfile;
    QVERIFY(offered);
}

void tst_AccountsApp::accountOption()
{
    QTemporaryDir dir;
    const AccountProfile sw = m_target.profile(ApiFamily::SignalWire);
    qputenv("SIGNALWIRE_PROJECT_ID", sw.user.toUtf8());
    qputenv("SIGNALWIRE_TOKEN", sw.secret.toUtf8());
    qputenv("SIGNALWIRE_SPACE_URL", sw.baseUrl.toString().toUtf8());
    const auto unset = qScopeGuard([] {
        qunsetenv("SIGNALWIRE_PROJECT_ID");
        qunsetenv("SIGNALWIRE_TOKEN");
        qunsetenv("SIGNALWIRE_SPACE_URL");
    });

    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    options.account = u"signalwire (ENVIRONMENT)"_s; // the display name, any case
    AppController controller(options);
    startAndWaitForSandbox(controller);
    MainWindow *window = controller.window();
    // The environment's account is there, shown as such, and the one asked for is shown,
    // although the sandbox arrived too.
    Account *env = nullptr;
    for (Account *a : window->accounts()) {
        if (a->id().startsWith(u"env-signalwire-"_s))
            env = a;
    }
    QVERIFY(env);
    QVERIFY(env->description().contains(u"SIGNALWIRE_PROJECT_ID"_s));
    QCOMPARE(window->currentAccount(), env);
    QTRY_COMPARE_WITH_TIMEOUT(env->connectionState(), Account::ConnectionState::Online, timeoutMs);
    // Not saved unless asked.
    QSettings settings(QDir(dir.path()).filePath(u"switchboard.ini"_s), QSettings::IniFormat);
    for (const AccountConfig &c : AccountSettings::load(settings).accounts)
        QVERIFY(c.family != ApiFamily::SignalWire || c.isSandbox());

    // A later start hands over --account: that account comes forward.
    CommandLineOptions later;
    later.account = u"Sandbox (demo data)"_s;
    controller.handleForwardedOptions(CommandLine::fromForwarded(CommandLine::forwardedOptions(later)));
    QCOMPARE(window->currentAccount(), window->account(u"sandbox"_s));

    // An account nobody has: said in the status bar, nothing else changes.
    later.account = u"Nobody"_s;
    controller.handleForwardedOptions(later);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Nobody"_s));
    QCOMPARE(window->currentAccount(), window->account(u"sandbox"_s));
}

void tst_AccountsApp::liveAccountsAreMarked()
{
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    AppController controller(options);
    startAndWaitForSandbox(controller);
    const AccountConfig acme = propertiesAccount(m_target.profile(ApiFamily::Properties), u"Acme live"_s);
    controller.accountManager()->apply({AccountConfig::sandbox(), acme});
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(acme.id), timeoutMs);
    MainWindow *window = controller.window();

    auto *live = qobject_cast<DraftForm *>(
        window->newDocument(window->account(acme.id), DraftKind::Property));
    QVERIFY(live);
    QVERIFY(live->isLiveAccount());
    QVERIFY(live->liveNotice());
    QVERIFY(live->liveNotice()->isVisible());
    QVERIFY(live->liveNotice()->text().contains(u"Acme live"_s));
    auto *demo = qobject_cast<DraftForm *>(
        window->newDocument(window->account(u"sandbox"_s), DraftKind::Property));
    QVERIFY(demo);
    QVERIFY(!demo->isLiveAccount());
    QVERIFY(!demo->liveNotice() || !demo->liveNotice()->isVisible());

    // Removing the account closes its forms (their drafts stay) and not the others.
    const int before = window->documentCount();
    controller.accountManager()->apply({AccountConfig::sandbox()});
    QTRY_COMPARE_WITH_TIMEOUT(window->documentCount(), before - 1, timeoutMs);
}

void tst_AccountsApp::pictures()
{
    const QString folder = qEnvironmentVariable("SWITCHBOARD_PICTURES");
    if (folder.isEmpty())
        QSKIP("set SWITCHBOARD_PICTURES=DIR to save pictures of the window");
    QDir().mkpath(folder);
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    const QPalette light = QApplication::palette();
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));

    AppController controller(options);
    startAndWaitForSandbox(controller);
    const AccountConfig acme = propertiesAccount(m_target.profile(ApiFamily::Properties), u"Acme properties"_s);
    controller.accountManager()->apply({AccountConfig::sandbox(), acme});
    QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(acme.id), timeoutMs);
    propertyDraft(controller.draftStore(), acme.profileId(), u"Harbour Lights"_s);
    propertyDraft(controller.draftStore(), acme.profileId(), u"Spring campaign"_s);
    controller.accountManager()->apply({AccountConfig::sandbox()});
    QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->account(acme.id), timeoutMs);

    MainWindow *window = controller.window();
    window->resize(1000, 700);
    window->findChild<QAction *>(u"actionNetworkLog"_s)->trigger();
    window->selectSection(window->account(u"sandbox"_s), Section::Drafts);
    for (const auto &[name, palette] : {std::pair{u"light"_s, light}, std::pair{u"dark"_s, dark}}) {
        QApplication::setPalette(palette);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(folder + u"/window-drafts-"_s + name + u".png"_s));
    }
    QApplication::setPalette(light);

    // A form of a live account, and the window with no account at all.
    const AccountConfig live = propertiesAccount(m_target.profile(ApiFamily::Properties), u"Acme live"_s);
    controller.accountManager()->apply({AccountConfig::sandbox(), live});
    QTRY_VERIFY_WITH_TIMEOUT(window->account(live.id), timeoutMs);
    window->findChild<QAction *>(u"actionNetworkLog"_s)->trigger(); // closed again
    window->newDocument(window->account(live.id), DraftKind::Property);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/window-live-form.png"_s));
    window->closeDocument(1);

    // The buy form of a live Twilio account.
    AccountConfig voice;
    voice.id = AccountConfig::newId();
    voice.name = u"Acme voice"_s;
    voice.family = ApiFamily::Twilio;
    voice.server = m_target.profile(ApiFamily::Twilio).baseUrl.toString();
    voice.accountSid = m_target.profile(ApiFamily::Twilio).user;
    voice.secret = m_target.profile(ApiFamily::Twilio).secret;
    controller.accountManager()->apply({AccountConfig::sandbox(), voice});
    QTRY_VERIFY_WITH_TIMEOUT(window->account(voice.id), timeoutMs);
    if (window->newDocument(window->account(voice.id), DraftKind::Purchase)) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(folder + u"/window-live-purchase.png"_s));
        window->closeDocument(1);
    }
    controller.accountManager()->apply({});
    QTRY_VERIFY_WITH_TIMEOUT(window->accounts().isEmpty(), timeoutMs);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(folder + u"/window-no-accounts.png"_s));
}

QTEST_MAIN(tst_AccountsApp)
#include "tst_accountsapp.moc"
