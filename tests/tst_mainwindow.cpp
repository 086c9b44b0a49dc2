// The main window against a real in-process sandbox: sidebar, panes, document tabs,
// status bar and remembered state.
#include "api/account.h"
#include "accountsidebar.h"
#include "connectionindicator.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "broadcast/broadcastpane.h"
#include "mainwindow.h"
#include "placeholderpane.h"
#include "sandboxfixture.h"
#include "sectionpane.h"
#include "draftform.h"
#include "kindregistry.h"
#include "properties/propertiespane.h"
#include "shortcutsdialog.h"
#include "widgets/messagebanner.h"
#include "widgets/sidlabel.h"
#include "widgets/jobstatus.h"
#include "api/jobprogress.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QApplication>
#include <QClipboard>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// A section whose actions have no shortcut of their own: the window's File > New (Ctrl+N)
// and View > Refresh (F5) still reach them, through PaneActions alone.
class NoShortcutPane final : public SectionPane
{
public:
    explicit NoShortcutPane(QWidget *parent)
        : SectionPane(parent)
        , m_create(new QAction(u"Make a note"_s, this))
        , m_refresh(new QAction(u"Reread notes"_s, this))
    {
        m_list = new QTableView(this);
        m_list->setModel(new QStandardItemModel(3, 1, m_list));
        connect(m_create, &QAction::triggered, this, [this] { ++created; });
        connect(m_refresh, &QAction::triggered, this, [this] { ++refreshed; });
    }
    PaneActions paneActions() const override
    {
        PaneActions actions;
        actions.create = m_create;
        actions.refresh = m_refresh;
        return actions;
    }
    QWidget *mainView() const override { return m_list; }
    bool canReload() const override { return true; }
    int created = 0;
    int refreshed = 0;

private:
    QAction *m_create;
    QAction *m_refresh;
    QTableView *m_list;
};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sidebarListsSections();
    void sectionsFollowFamilies();
    void firstSectionShownByDefault();
    void selectingSwitchesPane();
    void clickingSidebarSwitchesPane();
    void documentOpensInClosableTab();
    void ctrlWClosesOnlyDocuments();
    void fileNewFollowsSection();
    void formsAreKeptAsDrafts();
    void paneStatusShownInStatusBar();
    void toolbarHasRefresh();
    void statusBarShowsOnline();
    void statusBarShowsAuthFailed();
    void statusBarShowsOfflineWithReason();
    void startupMessage();
    void settingsRestored();
    void openDraftsComeBackAfterARestart();
    void draftsCountedInTheSidebar();
    void stateSavedWhenItChanges();
    void editMenuActsOnTheFocus();
    void keyboardShortcutsListEveryShortcut();
    void numbersSummaryShortcutIsListed();
    void oneCloseIconForTabs();
    void tabTitlesWholeWhileThereIsRoom();
    void customWidgetsHaveAccessibleNames();
    void oneTabFromTheSidebarToTheList();
    void newAndRefreshReachThePaneFromTheSidebar();
    void statusBarShowsAJobWithPauseAndCancel();

private:
    Account *sandboxAccount(const QList<ApiFamily> &families = {
                                ApiFamily::Properties, ApiFamily::Broadcast, ApiFamily::Twilio,
                                ApiFamily::SignalWire}) const;
    SandboxFixture m_sandbox{20};
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

Account *tst_MainWindow::sandboxAccount(const QList<ApiFamily> &families) const
{
    auto *account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    for (ApiFamily family : families)
        account->addProfile(m_sandbox.profile(family));
    return account;
}

void tst_MainWindow::sidebarListsSections()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    const QAbstractItemModel *model = window.sidebar()->model();
    QCOMPARE(model->rowCount(), 2); // the account, then All numbers (every account's)
    const QModelIndex account = model->index(0, 0);
    QCOMPARE(account.data().toString(), u"Sandbox (demo data)"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"All numbers"_s);
    QStringList titles;
    for (int i = 0; i < model->rowCount(account); ++i)
        titles << model->index(i, 0, account).data().toString();
    QCOMPARE(titles, (QStringList{u"Properties"_s, u"Broadcast projects"_s, u"Numbers (Twilio)"_s,
                                  u"Numbers (SignalWire)"_s, u"Drafts"_s}));
    QVERIFY(window.sidebar()->isExpanded(account));
    // The account row is a heading, not something to select.
    QVERIFY(!(model->flags(account) & Qt::ItemIsSelectable));
    // A narrow sidebar may cut the name: its tooltip says it whole.
    QVERIFY2(account.data(Qt::ToolTipRole).toString().startsWith(u"Sandbox (demo data)"_s),
             qPrintable(account.data(Qt::ToolTipRole).toString()));
}

void tst_MainWindow::sectionsFollowFamilies()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Twilio, ApiFamily::Properties}));
    const QAbstractItemModel *model = window.sidebar()->model();
    const QModelIndex account = model->index(0, 0);
    QStringList titles;
    for (int i = 0; i < model->rowCount(account); ++i)
        titles << model->index(i, 0, account).data().toString();
    QCOMPARE(titles, (QStringList{u"Properties"_s, u"Numbers (Twilio)"_s, u"Drafts"_s}));
    QVERIFY(!window.selectSection(window.accounts().first(), Section::Broadcast));
}

void tst_MainWindow::firstSectionShownByDefault()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::currentPaneChanged);
    QVERIFY(changed.isValid());
    QVERIFY(!window.currentPane());
    window.addAccount(sandboxAccount());
    QCOMPARE(window.currentSection(), Section::Properties);
    QVERIFY(window.currentPane());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.tabWidget()->count(), 1);
    QCOMPARE(window.tabWidget()->tabText(0), u"Properties"_s);
    QVERIFY(window.windowTitle().contains(u"Properties"_s));
}

void tst_MainWindow::selectingSwitchesPane()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    Account *account = window.accounts().constFirst();
    SectionPane *properties = window.currentPane();

    QVERIFY(window.selectSection(account, Section::Broadcast));
    QCOMPARE(window.currentSection(), Section::Broadcast);
    auto *broadcast = qobject_cast<BroadcastPane *>(window.currentPane());
    QVERIFY(broadcast);
    QCOMPARE(window.tabWidget()->tabText(0), u"Broadcast projects"_s);

    QVERIFY(window.selectSection(account, Section::Drafts));
    QCOMPARE(window.tabWidget()->tabText(0), u"Drafts"_s);

    // Panes are kept, with whatever state they had.
    QVERIFY(window.selectSection(account, Section::Properties));
    QCOMPARE(window.currentPane(), properties);
    QCOMPARE(window.pane(account, Section::Broadcast), broadcast);
}

void tst_MainWindow::clickingSidebarSwitchesPane()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    AccountSidebar *sidebar = window.sidebar();
    const QModelIndex account = sidebar->model()->index(0, 0);
    const QModelIndex numbers = sidebar->model()->index(2, 0, account);
    QCOMPARE(numbers.data().toString(), u"Numbers (Twilio)"_s);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualRect(numbers).center());
    QCOMPARE(window.currentSection(), Section::TwilioNumbers);

    // Keyboard: Down moves to the next section.
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window.currentSection(), Section::SignalWireNumbers);
}

void tst_MainWindow::documentOpensInClosableTab()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QPointer<QLineEdit> document = new QLineEdit;
    document->setWindowTitle(u"New property"_s);
    emit window.currentPane()->documentOpened(document);

    QTabWidget *tabs = window.tabWidget();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(window.documentCount(), 1);
    QCOMPARE(tabs->currentWidget(), document.data());
    QCOMPARE(tabs->tabText(1), u"New property"_s);
    QVERIFY(tabs->tabBar()->tabButton(1, QTabBar::RightSide));
    QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::RightSide));
    QVERIFY(window.windowTitle().contains(u"New property"_s));

    // The tab follows the document's title, '&' shown as such.
    document->setWindowTitle(u"Acme & Co"_s);
    QCOMPARE(tabs->tabText(1), u"Acme && Co"_s);

    // The section tab stays while browsing elsewhere; the document too.
    QVERIFY(window.selectSection(window.accounts().first(), Section::Drafts));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);

    emit tabs->tabCloseRequested(1);
    QCOMPARE(tabs->count(), 1);
    QTRY_VERIFY(document.isNull()); // deleted once closed
}

void tst_MainWindow::ctrlWClosesOnlyDocuments()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts need an active window
    QTabWidget *tabs = window.tabWidget();

    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);

    auto *first = new QLineEdit;
    first->setWindowTitle(u"First"_s);
    auto *second = new QLineEdit;
    second->setWindowTitle(u"Second"_s);
    emit window.currentPane()->documentOpened(first);
    emit window.currentPane()->documentOpened(second);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentWidget(), second);

    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(&window),
                    Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), u"First"_s);
    tabs->setCurrentIndex(0);
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
}

void tst_MainWindow::fileNewFollowsSection()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    Account *account = window.accounts().constFirst();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);

    // A section with nothing to create: File ▸ New is there, greyed out.
    QVERIFY(window.selectSection(account, Section::Drafts));
    QAction *placeholder = file->actions().constFirst();
    QVERIFY(!placeholder->isEnabled());

    // Properties: File ▸ New is the pane's own action and opens a form in a new tab.
    QVERIFY(window.selectSection(account, Section::Properties));
    QAction *newAction = file->actions().constFirst();
    QVERIFY(newAction != placeholder);
    QVERIFY(newAction->isEnabled());
    QVERIFY(window.currentPane()->toolBarActions().contains(newAction));
    newAction->trigger();
    QCOMPARE(window.documentCount(), 1);
    QCOMPARE(window.tabWidget()->currentIndex(), 1);
    QVERIFY(!window.tabWidget()->tabText(1).isEmpty());

    // Switching away puts the placeholder back; the pane's action leaves the menu.
    QVERIFY(window.selectSection(account, Section::Drafts));
    QVERIFY(!file->actions().contains(newAction));

    // Broadcast projects: New opens a New broadcast project form.
    QVERIFY(window.selectSection(account, Section::Broadcast));
    QAction *newProject = file->actions().constFirst();
    QVERIFY(newProject->isEnabled());
    newProject->trigger();
    QCOMPARE(window.documentCount(), 2);
    QCOMPARE(window.tabWidget()->tabText(window.tabWidget()->currentIndex()), u"New broadcast project"_s);
}

void tst_MainWindow::formsAreKeptAsDrafts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));

    MainWindow window;
    window.setDraftStore(&store);
    window.addAccount(sandboxAccount());
    Account *account = window.accounts().constFirst();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A New property form: nothing is kept until something is typed.
    QAction *newAction = window.menuBar()->actions().constFirst()->menu()->actions().constFirst();
    newAction->trigger();
    QCOMPARE(window.documentCount(), 1);
    QWidget *form = window.tabWidget()->widget(1);
    QCOMPARE(store.count(), 0);
    auto *name = form->findChild<QLineEdit *>();
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, u"Harbour Dental"_s);
    QTRY_COMPARE(store.count(), 1);
    const QString id = window.documentDrafts()->draftId(form);
    QVERIFY(!id.isEmpty());
    QCOMPARE(store.draft(id).accountId, account->client(ApiFamily::Properties)->profile().id);
    QTRY_VERIFY(store.draft(id).payload.value(u"name"_s).toString().contains(u"Harbour"_s)
                || store.draft(id).title.contains(u"Harbour"_s));

    // Reopening a draft whose form is open brings that tab forward.
    QVERIFY(window.selectSection(account, Section::Drafts));
    QCOMPARE(window.documentDrafts()->open(store.draft(id)), form);
    emit window.currentPane()->documentOpened(form);
    QCOMPARE(window.documentCount(), 1);
    QCOMPARE(window.tabWidget()->currentWidget(), form);

    // Closing the tab keeps the draft; opening it again gives a form with what was typed.
    window.closeDocument(1);
    QCOMPARE(window.documentCount(), 0);
    QCOMPARE(store.count(), 1);
    QTRY_VERIFY(!window.documentDrafts()->openDocument(id));
    QWidget *reopened = window.documentDrafts()->open(store.draft(id));
    QVERIFY(reopened);
    QVERIFY(reopened->findChild<QLineEdit *>()->text().startsWith(u"Harbour Dental"_s));
    emit window.currentPane()->documentOpened(reopened);
    QCOMPARE(window.documentCount(), 1);
    QCOMPARE(window.documentDrafts()->draftId(reopened), id);
}

void tst_MainWindow::paneStatusShownInStatusBar()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    Account *account = window.accounts().constFirst();
    QVERIFY(window.selectSection(account, Section::Drafts));
    emit window.currentPane()->statusMessageChanged(u"42 drafts"_s);
    QCOMPARE(window.paneStatusText(), u"42 drafts"_s);

    // Each pane keeps its own message.
    QVERIFY(window.selectSection(account, Section::Broadcast));
    QVERIFY(window.paneStatusText() != u"42 drafts"_s);
    QVERIFY(window.selectSection(account, Section::Drafts));
    QCOMPARE(window.paneStatusText(), u"42 drafts"_s);
}

void tst_MainWindow::toolbarHasRefresh()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    const auto refreshEnabledIn = [&](Section section) -> std::optional<bool> {
        if (!window.selectSection(window.accounts().first(), section))
            return std::nullopt;
        for (QAction *action : toolBar->actions()) {
            if (action->shortcuts().contains(QKeySequence(Qt::Key_F5))) {
                if (action->toolTip().isEmpty())
                    return std::nullopt;
                return action->isEnabled();
            }
        }
        return std::nullopt;
    };
    // Drafts live on this computer: there is nothing to load again, so Refresh says no.
    QCOMPARE(refreshEnabledIn(Section::Drafts), std::optional<bool>(false));
    QCOMPARE(refreshEnabledIn(Section::Properties), std::optional<bool>(true));
}

void tst_MainWindow::statusBarShowsOnline()
{
    MainWindow window;
    Account *account = sandboxAccount();
    window.addAccount(account);
    account->startMonitoring();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionIndicator()->text(), u"Online"_s, 15000);
    QCOMPARE(account->connectionState(), Account::ConnectionState::Online);
    QVERIFY(account->connectionProblem().isEmpty());
}

void tst_MainWindow::statusBarShowsAuthFailed()
{
    MainWindow window;
    auto *account = new Account(u"bad"_s, u"Wrong token"_s);
    account->addProfile(m_sandbox.profile(ApiFamily::Properties));
    account->addProfile(m_sandbox.badProfile(ApiFamily::Twilio));
    window.addAccount(account);
    account->startMonitoring();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionIndicator()->text(),
                              u"Authentication failed"_s, 15000);
    QVERIFY(account->connectionProblem().startsWith(u"Twilio: "_s));
    // Each service with its own state, and the error of the one that failed.
    const QString tip = window.connectionIndicator()->toolTip();
    QVERIFY2(tip.contains(u"Properties: Online"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Twilio: Authentication failed — last error: "_s), qPrintable(tip));
    QVERIFY2(window.connectionIndicator()->accessibleDescription().contains(u"Twilio"_s),
             qPrintable(window.connectionIndicator()->accessibleDescription()));
}

void tst_MainWindow::statusBarShowsOfflineWithReason()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    AccountProfile profile = m_sandbox.profile(ApiFamily::Properties);
    profile.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    MainWindow window;
    auto *account = new Account(u"gone"_s, u"Gone"_s);
    account->addProfile(profile);
    account->clients().constFirst()->setRetryPolicy({1, 10, 10});
    window.addAccount(account);
    account->startMonitoring();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionIndicator()->text().startsWith(u"Offline — "_s),
                             15000);
    QVERIFY(window.connectionIndicator()->text().size() > u"Offline — "_s.size());
    // It will try again by itself, later each time.
    QVERIFY(account->retryDelayMs() > 5000);
}

void tst_MainWindow::startupMessage()
{
    MainWindow window;
    window.showStartupMessage(u"Starting sandbox…"_s, u"Please wait"_s, u"Starting sandbox…"_s,
                              MainWindow::StartupKind::Busy);
    QCOMPARE(window.connectionIndicator()->text(), u"Starting sandbox…"_s);
    QVERIFY(!window.currentPane());
    window.addAccount(sandboxAccount());
    QVERIFY(window.currentPane());
}

void tst_MainWindow::settingsRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
    {
        MainWindow window;
        window.setSettings(&settings);
        window.addAccount(sandboxAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 640);
        QVERIFY(window.selectSection(window.accounts().first(), Section::SignalWireNumbers));
        window.close(); // saves
    }
    settings.sync();
    QCOMPARE(settings.value(u"MainWindow/lastSection"_s).toString(), u"numbers-signalwire"_s);

    MainWindow restored;
    restored.readSettings(settings);
    restored.addAccount(sandboxAccount());
    QCOMPARE(restored.currentSection(), Section::SignalWireNumbers);
    QCOMPARE(restored.size(), QSize(1000, 640));
}

// Like an editor's documents: the tabs of unsent drafts open at Quit come back at the next
// start, in their order, the current one current again, with what was typed.
void tst_MainWindow::openDraftsComeBackAfterARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const auto typeName = [](QWidget *form, const QString &text) {
        auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
        name->setFocus();
        QTest::keyClicks(name, text);
    };
    QString first, second;
    {
        MainWindow window;
        window.setSettings(&settings);
        window.readSettings(settings);
        window.setDraftStore(&store);
        window.addAccount(sandboxAccount());
        Account *account = window.accounts().constFirst();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *harbour = window.newDocument(account, DraftKind::Property);
        typeName(harbour, u"Harbour"_s);
        QWidget *bayside = window.newDocument(account, DraftKind::Property);
        typeName(bayside, u"Bayside"_s);
        QWidget *closed = window.newDocument(account, DraftKind::Property);
        typeName(closed, u"Closed before quitting"_s);
        QWidget *untouched = window.newDocument(account, DraftKind::Broadcast); // never typed in
        QVERIFY(untouched);
        QTRY_COMPARE(store.count(), 3);
        first = window.documentDrafts()->draftId(harbour);
        second = window.documentDrafts()->draftId(bayside);
        window.closeDocument(window.tabWidget()->indexOf(closed));
        window.tabWidget()->setCurrentWidget(harbour);
        QCOMPARE(window.documentCount(), 3);
        window.close(); // Ctrl+Q: saves every form, then the settings
    }
    settings.sync();

    // Settings first, accounts later, as the app starts.
    MainWindow restored;
    restored.setSettings(&settings);
    restored.readSettings(settings);
    restored.setDraftStore(&store);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCoreApplication::processEvents();
    QCOMPARE(restored.documentCount(), 0); // their account is not here yet
    restored.addAccount(sandboxAccount());
    QTRY_COMPARE(restored.documentCount(), 2);
    QTabWidget *tabs = restored.tabWidget();
    QCOMPARE(restored.documentDrafts()->draftId(tabs->widget(1)), first);
    QCOMPARE(restored.documentDrafts()->draftId(tabs->widget(2)), second);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tabs->widget(1)->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Harbour"_s);
    QVERIFY(tabs->tabText(1).contains(u"Harbour"_s));
    QCOMPARE(tabs->widget(2)->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Bayside"_s);
    QCOMPARE(restored.sidebar()->sectionCount(Section::Drafts), 3); // the closed one is kept

    // A draft sent meanwhile (from another Switchboard, a bulk send) does not come back.
    restored.closeDocument(2);
    QTRY_VERIFY(!restored.documentDrafts()->openDocument(second));
    Draft sent = store.draft(second);
    for (OutboxState state : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent}) {
        sent.state = state;
        QVERIFY2(store.save(sent), qPrintable(store.errorString()));
    }
    restored.writeSettings(settings);
    settings.sync();
    QCOMPARE(settings.value(u"MainWindow/openDrafts"_s).toStringList(), QStringList{first});
}

void tst_MainWindow::draftsCountedInTheSidebar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const QString profile = m_sandbox.profile(ApiFamily::Properties).id;
    store.create(DraftKind::Property, profile, u"Kept from yesterday"_s);

    MainWindow window;
    window.setDraftStore(&store);
    window.addAccount(sandboxAccount());
    Account *account = window.accounts().constFirst();
    // The row the user sees, whether or not the section was ever shown.
    const auto draftsRow = [&window] {
        const QAbstractItemModel *model = window.sidebar()->model();
        const QModelIndex accountRow = model->index(0, 0);
        for (int i = 0; i < model->rowCount(accountRow); ++i) {
            const QModelIndex row = model->index(i, 0, accountRow);
            if (row.data(AccountSidebar::SectionRole).toString() == Section(Section::Drafts).key())
                return row.data().toString();
        }
        return QString();
    };
    QCOMPARE(draftsRow(), u"Drafts (1)"_s);
    const Draft second = store.create(DraftKind::Property, profile, u"Second"_s);
    QTRY_COMPARE(draftsRow(), u"Drafts (2)"_s);

    // A sent draft is not waiting for anything: it is not counted.
    Draft sent = second;
    for (OutboxState state : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent}) {
        sent.state = state;
        QVERIFY2(store.save(sent), qPrintable(store.errorString()));
    }
    QTRY_COMPARE(draftsRow(), u"Drafts (1)"_s);
    QVERIFY(store.remove(store.drafts().constFirst().id));
    QTRY_COMPARE(draftsRow(), u"Drafts"_s);
    QVERIFY(window.selectSection(account, Section::Drafts));
    QCOMPARE(window.tabWidget()->tabText(0), u"Drafts"_s); // the tab says the section's name
}

// Not only on a clean close: a second after the splitter, the section or the size change.
void tst_MainWindow::stateSavedWhenItChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
    MainWindow window;
    window.setSettings(&settings);
    window.addAccount(sandboxAccount());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectSection(window.accounts().first(), Section::Drafts));
    QTRY_COMPARE(settings.value(u"MainWindow/lastSection"_s).toString(), u"drafts"_s);
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 700});
    emit splitter->splitterMoved(300, 1);
    QTRY_COMPARE(settings.value(u"MainWindow/splitter"_s).toByteArray(), splitter->saveState());
    QVERIFY(window.isVisible()); // saved without closing
}

// Edit ▸ Copy, Select all and Find act on what has the keyboard.
void tst_MainWindow::editMenuActsOnTheFocus()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Properties}));
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pane = qobject_cast<PropertiesPane *>(window.currentPane());
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 10000);
    QTRY_VERIFY(pane->view()->currentIndex().isValid());
    auto *copy = window.findChild<QAction *>(u"actionCopyMenu"_s);
    auto *selectAll = window.findChild<QAction *>(u"actionSelectAllMenu"_s);
    auto *find = window.findChild<QAction *>(u"actionFindMenu"_s);
    QVERIFY(copy && selectAll && find);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));

    // The table: its selected row, as text.
    pane->view()->setFocus();
    QTRY_COMPARE(window.focusWidget(), pane->view());
    QApplication::clipboard()->clear();
    copy->trigger();
    const QString name = pane->currentProperty()->name;
    QTRY_VERIFY2(QApplication::clipboard()->text().contains(name),
                 qPrintable(QApplication::clipboard()->text()));

    // Find: the section's filter takes the keyboard.
    find->trigger();
    auto *search = pane->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_COMPARE(window.focusWidget(), search);
    QTest::keyClicks(search, u"acme"_s);
    search->deselect();
    selectAll->trigger();
    QCOMPARE(search->selectedText(), u"acme"_s);
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"acme"_s);
}

// Help ▸ Keyboard shortcuts lists what the actions say, so nothing is missing.
void tst_MainWindow::keyboardShortcutsListEveryShortcut()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Properties}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *shortcuts = window.findChild<QAction *>(u"actionShortcuts"_s);
    QVERIFY(shortcuts);
    shortcuts->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()));
    const QList<QStringList> rows = dialog->rows();
    QStringList listed;
    for (const QStringList &row : rows)
        listed << row.at(1) + u" = "_s + row.at(2);
    // A row names the action and all its keys ("Ctrl+W, Ctrl+F4").
    const auto has = [&rows](const QString &text, const QKeySequence &key) {
        const QString keys = key.toString(QKeySequence::NativeText);
        return std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &row) {
            return row.at(1) == text && row.at(2).split(u", "_s).contains(keys);
        });
    };
    QVERIFY2(has(u"Close tab"_s, QKeySequence(Qt::CTRL | Qt::Key_W)), qPrintable(listed.join(u"\n"_s)));
    QVERIFY2(has(u"Quit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q)), qPrintable(listed.join(u"\n"_s)));
    QVERIFY2(has(u"Find"_s, QKeySequence(QKeySequence::Find)), qPrintable(listed.join(u"\n"_s)));
    QVERIFY2(has(u"New property"_s, QKeySequence(QKeySequence::New)), qPrintable(listed.join(u"\n"_s)));
    QVERIFY2(has(u"Network log"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
             qPrintable(listed.join(u"\n"_s)));
    // Every menu item with a shortcut is there.
    for (QAction *menuAction : window.menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->shortcuts().isEmpty() || action->isSeparator())
                continue;
            QVERIFY2(has(ShortcutsDialog::plainText(action->text()), action->shortcut()),
                     qPrintable(action->text()));
        }
    }
    QCOMPARE(ShortcutsDialog::plainText(u"&Save elsewhere…"_s), u"Save elsewhere"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"Acme && Co"_s), u"Acme & Co"_s);
}

// The Numbers pane's Summary toggle (Ctrl+Shift+M) is in the toolbar, so in the list too,
// under the section's title, and no other action of the window has its keys.
void tst_MainWindow::numbersSummaryShortcutIsListed()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Twilio}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectSection(window.accounts().first(), Section::TwilioNumbers));
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    QStringList holders;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(keys))
            holders << ShortcutsDialog::plainText(action->text());
    }
    QCOMPARE(holders, QStringList{u"Summary"_s});
    window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()));
    const QList<QStringList> rows = dialog->rows();
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&keys](const QStringList &row) {
        return row.at(1) == u"Summary"_s && row.at(2) == keys.toString(QKeySequence::NativeText);
    }));
}

// One close icon: the document tabs use the banners' (not the style's red one).
void tst_MainWindow::tabTitlesWholeWhileThereIsRoom()
{
    // At 1000 px two documents' titles fit: neither is elided ("Broadcast proje…"), and each
    // tab's tooltip is its whole title.
    MainWindow window;
    window.addAccount(sandboxAccount());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles{u"New broadcast project"_s, u"Sandbox (demo data): New property"_s};
    for (const QString &title : titles) {
        auto *document = new QLineEdit;
        document->setWindowTitle(title);
        emit window.currentPane()->documentOpened(document);
    }
    QTabWidget *tabs = window.tabWidget();
    QTabBar *bar = tabs->tabBar();
    QCOMPARE(tabs->count(), 3);
    QTRY_VERIFY(bar->tabRect(2).right() > 0);
    for (int i = 1; i < bar->count(); ++i) {
        QCOMPARE(bar->tabToolTip(i), titles.at(i - 1));
        // Room for the whole text beside the icon: nothing elided.
        const int text = bar->fontMetrics().horizontalAdvance(titles.at(i - 1));
        QVERIFY2(bar->tabRect(i).width() >= text + bar->iconSize().width(),
                 qPrintable(u"tab %1: %2 px for %3 px of text"_s.arg(i).arg(bar->tabRect(i).width()).arg(text)));
    }
}

void tst_MainWindow::oneCloseIconForTabs()
{
    MainWindow window;
    window.addAccount(sandboxAccount());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<QLineEdit> document = new QLineEdit;
    document->setWindowTitle(u"New property"_s);
    emit window.currentPane()->documentOpened(document);
    auto *close = qobject_cast<QToolButton *>(
        window.tabWidget()->tabBar()->tabButton(1, QTabBar::RightSide));
    QVERIFY(close);
    QVERIFY(!close->accessibleName().isEmpty());
    MessageBanner banner;
    auto *bannerClose = banner.findChild<QToolButton *>(u"messageBannerClose"_s);
    QVERIFY(bannerClose);
    QVERIFY(!close->icon().isNull());
    QCOMPARE(close->icon().pixmap(16, 16).toImage(), bannerClose->icon().pixmap(16, 16).toImage());
    QVERIFY(close->icon().pixmap(16, 16).toImage()
            != window.style()->standardIcon(QStyle::SP_TabCloseButton).pixmap(16, 16).toImage());
    close->click();
    QTRY_VERIFY(document.isNull());
    QCOMPARE(window.documentCount(), 0);
}

// What a screen reader needs from the custom widgets: a name (what it is) and, where the
// widget shows a state or a message, a description.
void tst_MainWindow::customWidgetsHaveAccessibleNames()
{
    MainWindow window;
    Account *account = sandboxAccount({ApiFamily::Properties});
    window.addAccount(account);
    account->startMonitoring();
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = qobject_cast<PropertiesPane *>(window.currentPane());
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionIndicator()->text(), u"Online"_s, 15000);
    pane->findChild<MessageBanner *>(u"paneBanner"_s)
        ->showMessage(u"Could not load the properties."_s, MessageBanner::Type::Error, u"&Retry"_s);

    int checked = 0;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (qobject_cast<MessageBanner *>(w) || qobject_cast<ConnectionIndicator *>(w)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
            QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(what));
            ++checked;
        } else if (qobject_cast<SidLabel *>(w)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
            QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(what)); // the SID
            ++checked;
        } else if (auto *button = qobject_cast<QToolButton *>(w);
                   button && button->text().isEmpty() && !button->icon().isNull()
                   && !button->defaultAction()) {
            // An icon alone says nothing to a screen reader.
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
            ++checked;
        }
    }
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
    QCOMPARE(pane->findChild<MessageBanner *>(u"paneBanner"_s)->accessibleName(), u"Error"_s);
}

// After choosing a section, one Tab reaches its list.
void tst_MainWindow::oneTabFromTheSidebarToTheList()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Properties}));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pane = qobject_cast<PropertiesPane *>(window.currentPane());
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->view()->isVisible(), 10000);
    window.sidebar()->setFocus();
    QTRY_VERIFY(window.sidebar()->hasFocus());
    QTest::keyClick(window.sidebar(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane->view());
}

void tst_MainWindow::newAndRefreshReachThePaneFromTheSidebar()
{
    KindRegistry kinds = KindRegistry::builtIn();
    const Section notes(u"notes"_s);
    kinds.addSection(SectionType(notes, "Notes").forFamily(ApiFamily::Properties).withPane(
        [](const PaneContext &, QWidget *parent) -> SectionPane * { return new NoShortcutPane(parent); }));
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    MainWindow window(&kinds);
    window.setDraftStore(&store);
    window.addAccount(sandboxAccount({ApiFamily::Properties}));
    Account *account = window.accounts().constFirst();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Properties: its own New and Refresh, with the focus in the sidebar.
    QVERIFY(window.selectSection(account, Section::Properties));
    auto *properties = qobject_cast<PropertiesPane *>(window.currentPane());
    QVERIFY(properties);
    QTRY_VERIFY(properties->isLoaded());
    window.sidebar()->setFocus();
    QVERIFY(window.sidebar()->hasFocus());
    QTest::keyClick(window.sidebar(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(window.documentCount(), 1);
    window.closeDocument(1);
    QSignalSpy reloaded(properties, &SectionPane::loadFinished);
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_F5);
    QVERIFY(reloaded.wait(10000));

    // A pane whose actions have no shortcut: the window's keys stand for them.
    QVERIFY(window.selectSection(account, notes));
    auto *pane = dynamic_cast<NoShortcutPane *>(window.currentPane());
    QVERIFY(pane);
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(pane->created, 1);
    QTest::keyClick(window.sidebar(), Qt::Key_F5);
    QCOMPARE(pane->refreshed, 1);
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QCOMPARE(file->actions().constFirst()->text(), u"Make a note"_s); // the menu says so too
    // And Tab from the sidebar goes to the pane's main view.
    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane->mainView());
    // Disabled in the pane: disabled in the window.
    pane->paneActions().create->setEnabled(false);
    QVERIFY(!file->actions().constFirst()->isEnabled());
    QTest::keyClick(window.sidebar(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(pane->created, 1);
}

void tst_MainWindow::statusBarShowsAJobWithPauseAndCancel()
{
    MainWindow window;
    window.addAccount(sandboxAccount({ApiFamily::Properties}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobStatus *jobs = window.jobStatus();
    QVERIFY(!jobs->isVisible());

    // A fake job, published as a pane publishes one.
    JobProgress job;
    job.setText(u"Loading numbers"_s);
    job.setCanPause(true);
    job.setCanCancel(true);
    job.setProgress(23000, 100000);
    emit window.currentPane()->jobStarted(&job);
    QTRY_VERIFY(jobs->isVisible());
    QCOMPARE(jobs->label()->text(), u"Loading numbers"_s);
    QCOMPARE(jobs->bar()->text(), QLocale().toString(23000) + u" of "_s + QLocale().toString(100000));
    QCOMPARE(jobs->bar()->value(), 230);

    QSignalSpy pause(&job, &JobProgress::pauseRequested);
    QSignalSpy resume(&job, &JobProgress::resumeRequested);
    QSignalSpy cancel(&job, &JobProgress::cancelRequested);
    QVERIFY(jobs->pauseButton()->isVisible());
    QTest::mouseClick(jobs->pauseButton(), Qt::LeftButton);
    QCOMPARE(pause.size(), 1);
    job.setPaused(true); // the owner paused
    QCOMPARE(jobs->pauseButton()->text(), u"Resume"_s);
    QTest::mouseClick(jobs->pauseButton(), Qt::LeftButton);
    QCOMPARE(resume.size(), 1);
    job.setPaused(false);
    QTest::mouseClick(jobs->cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    job.setProgress(100000, 100000);
    QCOMPARE(jobs->bar()->value(), 1000);
    job.finish(u"Cancelled"_s);
    QTRY_VERIFY(!jobs->isVisible());

    // A job that cannot be paused shows no Pause; one of unknown size a busy bar.
    JobProgress unknown;
    unknown.setText(u"Reading"_s);
    window.showJob(&unknown);
    QVERIFY(jobs->isVisible());
    QVERIFY(!jobs->pauseButton()->isVisible());
    QVERIFY(!jobs->cancelButton()->isVisible());
    QCOMPARE(jobs->bar()->maximum(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
