#include "mainwindow.h"

#include "api/account.h"
#include "accountsidebar.h"
#include "connectionindicator.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "editactions.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "icons.h"
#include "kindregistry.h"
#include "networklog/networklogdock.h"
#include "placeholderpane.h"
#include "sectionpane.h"
#include "shortcutsdialog.h"
#include "widgets/tablebehaviour.h"
#include "widgets/jobstatus.h"
#include "formundo.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultWidth = 1280;
constexpr int defaultHeight = 800;
constexpr int sidebarWidth = 240;

const QString geometryKey = u"MainWindow/geometry"_s;
const QString stateKey = u"MainWindow/state"_s;
const QString splitterKey = u"MainWindow/splitter"_s;
const QString sidebarVisibleKey = u"MainWindow/sidebarVisible"_s;
const QString lastAccountKey = u"MainWindow/lastAccount"_s;
const QString lastSectionKey = u"MainWindow/lastSection"_s;
const QString openDraftsKey = u"MainWindow/openDrafts"_s;
const QString currentDraftKey = u"MainWindow/currentDraft"_s;

// The key Switchboard documents first, then whatever else the platform uses for the same
// role (the offscreen and some desktop platforms put Ctrl+F4 before Ctrl+W for Close).
QList<QKeySequence> withPlatformKeys(QKeyCombination primary, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys{QKeySequence(primary)};
    for (const QKeySequence &binding : QKeySequence::keyBindings(key)) {
        if (!keys.contains(binding))
            keys << binding;
    }
    return keys;
}

// Tab in the sidebar goes straight to the shown section's list (one key, not a walk
// through the tab bar and the filter bar); Shift+Tab and everything else as usual.
class TabToMainView final : public QObject
{
public:
    TabToMainView(QWidget *watched, std::function<QWidget *()> target)
        : QObject(watched)
        , m_target(std::move(target))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
                if (QWidget *target = m_target()) {
                    target->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<QWidget *()> m_target;
};

// Tab texts treat '&' as a mnemonic marker.
QString tabText(const QString &title)
{
    QString text = title;
    return text.replace(u'&', u"&&"_s);
}
} // namespace

MainWindow::MainWindow(const KindRegistry *kinds, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new AccountSidebar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_sectionStack(new QStackedWidget(this))
    , m_startupPane(new PlaceholderPane(Icons::appIcon(), tr("Welcome to Switchboard"), {}, this))
    , m_toolBar(new QToolBar(tr("Main toolbar"), this))
    , m_paneStatus(new QLabel(this))
    , m_loadingBar(new QProgressBar(this))
    , m_jobs(new JobStatus(this))
    , m_connection(new ConnectionIndicator(this))
    , m_kinds(kinds ? kinds : &KindRegistry::builtIn())
{
    setObjectName(u"mainWindow"_s);
    m_sidebar->setKinds(m_kinds);
    for (const Section &section : m_kinds->topLevelSections())
        m_sidebar->addTopLevelSection(section);
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(Icons::appIcon());
    resize(defaultWidth, defaultHeight);

    m_sectionStack->setObjectName(u"sectionStack"_s);
    m_startupPane->setIconMode(QIcon::Normal);
    m_sectionStack->addWidget(m_startupPane);

    m_tabs->setObjectName(u"centralTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->addTab(m_sectionStack, Icons::appIcon(), tr("Switchboard"));
    // The section tab is the window's backbone: it cannot be closed.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_documentDrafts)
            m_documentDrafts->flushAll(); // a tab switch saves what was typed
        updateTabActions();
        updateWindowTitle();
    });

    // The sidebar with "Add your account" under it.
    m_sidebarBox = new QWidget(this);
    m_sidebarBox->setObjectName(u"sidebarBox"_s);
    m_addAccountButton = new QPushButton(m_sidebarBox);
    m_addAccountButton->setObjectName(u"addAccountButton"_s);
    auto *sidebarLayout = new QVBoxLayout(m_sidebarBox);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(4);
    sidebarLayout->addWidget(m_sidebar, 1);
    sidebarLayout->addWidget(m_addAccountButton);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebarBox);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({sidebarWidth, defaultWidth - sidebarWidth});
    setCentralWidget(m_splitter);

    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_paneStatus->setObjectName(u"paneStatus"_s);
    m_paneStatus->setTextFormat(Qt::PlainText);
    m_loadingBar->setObjectName(u"loadingBar"_s);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setMaximumHeight(14);
    m_loadingBar->setToolTip(tr("Loading from the server…"));
    m_loadingBar->setVisible(false);
    statusBar()->addWidget(m_paneStatus, 1);
    statusBar()->addPermanentWidget(m_jobs);
    statusBar()->addPermanentWidget(m_loadingBar);
    statusBar()->addPermanentWidget(m_connection);

    createActions();
    createMenus();

    m_addAccountButton->setText(m_addAccountAction->text().remove(u'&'));
    m_addAccountButton->setIcon(m_addAccountAction->icon());
    m_addAccountButton->setToolTip(m_addAccountAction->toolTip());
    connect(m_addAccountButton, &QPushButton::clicked, m_addAccountAction, &QAction::trigger);
    connect(m_addAccountAction, &QAction::changed, m_addAccountButton, [this] {
        m_addAccountButton->setEnabled(m_addAccountAction->isEnabled());
        m_addAccountButton->setToolTip(m_addAccountAction->toolTip());
    });

    m_networkLogDock = new NetworkLogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_networkLogDock);
    m_networkLogDock->hide();
    QAction *logAction = m_networkLogDock->toggleViewAction();
    logAction->setObjectName(u"actionNetworkLog"_s);
    logAction->setText(tr("&Network log"));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    logAction->setToolTip(tr("What Switchboard sent to your accounts in this session (%1)")
                              .arg(logAction->shortcut().toString(QKeySequence::NativeText)));
    m_viewMenu->insertAction(m_sidebarAction, logAction);
    addAction(logAction);

    connect(m_sidebar, &AccountSidebar::sectionSelected, this,
            [this](Account *account, const Section &section) {
                if (!m_selecting)
                    m_userNavigated = true;
                showSection(account, section);
            });

    setTabOrder(m_sidebar, m_tabs);
    new TabToMainView(m_sidebar, [this]() -> QWidget * {
        if (m_tabs->currentIndex() != 0 || !m_currentPane)
            return nullptr;
        QWidget *view = m_currentPane->mainView();
        return view && view->isVisible() && view->focusPolicy() != Qt::NoFocus ? view : nullptr;
    });
    m_sidebar->setFocus();
    updatePaneActions();
    updateTabActions();
}

// Children go in creation order: the panes (under the splitter) before the accounts whose
// clients they use.
MainWindow::~MainWindow()
{
    // QWidget's destructor still moves the focus, and an open form's saver flushes then: the
    // store's signals must not reach what is no MainWindow any more (UBSan's vptr check).
    if (m_draftStore)
        disconnect(m_draftStore, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    // Stands for the shown pane's New where that has no shortcut of its own (Ctrl+N then
    // works all the same); disabled where the section has nothing to create.
    m_newAction = new QAction(Icons::themed(u"document-new"_s, u"document-new"_s), tr("&New"), this);
    m_newAction->setObjectName(u"actionNew"_s);
    m_newAction->setShortcuts(withPlatformKeys(Qt::CTRL | Qt::Key_N, QKeySequence::New));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (m_newTarget)
            m_newTarget->trigger();
    });

    m_closeTabAction = new QAction(Icons::close(),
                                   tr("&Close tab"), this);
    m_closeTabAction->setShortcuts(withPlatformKeys(Qt::CTRL | Qt::Key_W, QKeySequence::Close));
    m_closeTabAction->setToolTip(tr("Close the current document tab (%1)")
                                     .arg(m_closeTabAction->shortcut().toString(
                                         QKeySequence::NativeText)));
    connect(m_closeTabAction, &QAction::triggered, this,
            [this] { closeDocument(m_tabs->currentIndex()); });

    m_quitAction = new QAction(Icons::themed(u"application-exit"_s, u"application-exit"_s),
                               tr("&Quit"), this);
    m_quitAction->setShortcuts(withPlatformKeys(Qt::CTRL | Qt::Key_Q, QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Quit Switchboard"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(Icons::themed(u"view-refresh"_s, u"view-refresh"_s),
                                  tr("&Refresh"), this);
    m_refreshAction->setShortcuts(withPlatformKeys(Qt::Key_F5, QKeySequence::Refresh));
    m_refreshAction->setToolTip(tr("Load the section again from the server (%1)")
                                    .arg(m_refreshAction->shortcut().toString(
                                        QKeySequence::NativeText)));
    m_refreshAction->setObjectName(u"actionRefresh"_s);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_refreshTarget)
            m_refreshTarget->trigger();
        else
            refresh();
    });

    m_nextTabAction = new QAction(tr("Ne&xt tab"), this);
    m_nextTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_previousTabAction = new QAction(tr("Pre&vious tab"), this);
    m_previousTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1)
                                    % m_tabs->count());
    });

    m_sidebarAction = new QAction(tr("&Sidebar"), this);
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_sidebarAction->setToolTip(tr("Show or hide the list of accounts"));
    connect(m_sidebarAction, &QAction::toggled, this,
            [this](bool on) { m_sidebarBox->setVisible(on); });

    m_accountsAction = new QAction(Icons::themed(u"preferences-system"_s, u"switchboard"_s),
                                   tr("&Accounts…"), this);
    m_accountsAction->setObjectName(u"actionAccounts"_s);
    m_accountsAction->setMenuRole(QAction::PreferencesRole);
    m_accountsAction->setToolTip(tr("Add, edit, remove and reorder your accounts"));
    connect(m_accountsAction, &QAction::triggered, this, [this] { emit accountsRequested(false); });

    m_addAccountAction = new QAction(Icons::themed(u"list-add"_s, u"document-new"_s),
                                     tr("Add &your account…"), this);
    m_addAccountAction->setObjectName(u"actionAddAccount"_s);
    m_addAccountAction->setToolTip(tr("Connect your own Twilio, SignalWire, Properties or "
                                      "Broadcast account"));
    connect(m_addAccountAction, &QAction::triggered, this, [this] { emit accountsRequested(true); });

    m_addSandboxAction = new QAction(Icons::appIcon(), tr("Add the sand&box (demo data)"), this);
    m_addSandboxAction->setObjectName(u"actionAddSandbox"_s);
    m_addSandboxAction->setToolTip(tr("A server on this computer with demo data, to try every "
                                      "screen"));
    connect(m_addSandboxAction, &QAction::triggered, this, &MainWindow::sandboxRequested);

    m_aboutAction = new QAction(Icons::themed(u"help-about"_s, u"switchboard"_s),
                                tr("&About Switchboard"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Window-wide shortcuts work wherever the focus is.
    addActions({m_closeTabAction, m_quitAction, m_nextTabAction, m_previousTabAction,
                m_sidebarAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileNewAnchor = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // Edit ▸ Undo/Redo stand for the current document's own actions (FormUndo) or the shown
    // pane's undo stack, whose shortcuts work where they are; these carry the shortcut
    // text only for display.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const auto addProxy = [this, edit](const QString &text, const QString &icon, const QString &name,
                                       QKeySequence::StandardKey key, bool redo) {
        auto *proxy = edit->addAction(QIcon::fromTheme(icon), text);
        proxy->setObjectName(name);
        proxy->setShortcut(QKeySequence(key));
        proxy->setShortcutContext(Qt::WidgetShortcut); // shown, never competing
        connect(proxy, &QAction::triggered, this, [this, redo] { undoStep(redo, true); });
        return proxy;
    };
    QAction *undo = addProxy(tr("&Undo"), u"edit-undo"_s, u"actionUndoMenu"_s, QKeySequence::Undo, false);
    QAction *redo = addProxy(tr("&Redo"), u"edit-redo"_s, u"actionRedoMenu"_s, QKeySequence::Redo, true);
    connect(edit, &QMenu::aboutToShow, this, [this, undo, redo] {
        undo->setEnabled(undoStep(false, false));
        redo->setEnabled(undoStep(true, false));
    });

    // Copy, Select all and Find act on what has the keyboard (a field, a table, a label);
    // their shortcuts are the widgets' own, shown here only.
    edit->addSeparator();
    QAction *copy = edit->addAction(Icons::themed(u"edit-copy"_s, u"edit-copy"_s), tr("&Copy"));
    copy->setObjectName(u"actionCopyMenu"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { EditActions::copy(focusWidget()); });
    QAction *selectAll = edit->addAction(QIcon::fromTheme(u"edit-select-all"_s), tr("Select &all"));
    selectAll->setObjectName(u"actionSelectAllMenu"_s);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, this, [this] { EditActions::selectAll(focusWidget()); });
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"));
    find->setObjectName(u"actionFindMenu"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetShortcut);
    connect(find, &QAction::triggered, this, [this] {
        if (QAction *target = findTarget())
            target->trigger();
    });
    connect(edit, &QMenu::aboutToShow, this, [this, copy, selectAll, find] {
        copy->setEnabled(EditActions::canCopy(focusWidget()));
        selectAll->setEnabled(EditActions::canSelectAll(focusWidget()));
        find->setEnabled(findTarget() != nullptr);
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewRefreshAnchor = m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextTabAction);
    m_viewMenu->addAction(m_previousTabAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sidebarAction);
    QAction *toolBarAction = m_toolBar->toggleViewAction();
    toolBarAction->setText(tr("&Toolbar"));
    m_viewMenu->addAction(toolBarAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(u"settingsMenu"_s);
    settings->addAction(m_accountsAction);
    settings->addAction(m_addAccountAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(u"help-keyboard-shortcuts"_s),
                                         tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setToolTip(tr("Every keyboard shortcut of the window and its sections"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::addAccount(Account *account)
{
    if (!account || m_sidebar->accounts().contains(account))
        return;
    account->setParent(this);
    m_sidebar->addAccount(account);
    // "Starting sandbox…" or "No account" is over: a section of no account (All numbers)
    // shows no stale startup words in the status bar.
    m_connection->setMessage({}, false);
    updatePaneAccounts();
    connect(account, &Account::connectionStateChanged, this, [this, account] {
        if (account == m_currentAccount)
            updateStatus();
    });
    // Its drafts that were open when the window last closed come back after its section.
    QMetaObject::invokeMethod(this, &MainWindow::reopenDocuments, Qt::QueuedConnection);
    const QList<Section> sections = m_kinds->sectionsFor(account->families());
    const bool asked = account->id() == m_pendingAccountId;
    // Accounts arrive in any order (the keychain, the sandbox's seeding): the one asked for
    // or remembered takes over the first one shown, until the user chooses for themselves.
    if (m_currentPane && !(asked && !m_userNavigated))
        return;
    const std::optional<Section> pending = m_kinds->sectionFromKey(m_pendingSectionKey);
    if (asked && pending && sections.contains(*pending))
        selectSection(account, *pending);
    else if (!sections.isEmpty())
        selectSection(account, sections.constFirst());
    if (asked)
        m_pendingAccountId.clear();
}

void MainWindow::removeAccount(Account *account)
{
    if (!account || !m_sidebar->accounts().contains(account))
        return;
    QStringList profiles;
    for (const AccountClient *client : account->clients())
        profiles << client->profile().id;
    // Its open forms go (what they hold is saved: their drafts stay in the Drafts section).
    if (m_documentDrafts)
        m_documentDrafts->flushAll();
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        QWidget *document = m_tabs->widget(i);
        if (m_documentDrafts && profiles.contains(m_documentDrafts->profileOf(document)))
            closeDocument(i);
    }
    // Its panes go; shared ones (Drafts) stay.
    const bool wasCurrent = m_currentAccount == account;
    for (auto it = m_panes.begin(); it != m_panes.end();) {
        if (it.key().first == account) {
            SectionPane *pane = it.value();
            m_paneMessages.remove(pane);
            m_sectionStack->removeWidget(pane);
            it = m_panes.erase(it);
            delete pane; // before the account whose client it uses
        } else {
            ++it;
        }
    }
    m_sidebar->removeAccount(account);
    if (wasCurrent) {
        m_currentAccount = nullptr;
        m_currentPane = nullptr;
        m_connection->setAccount(nullptr);
    }
    delete account;
    updatePaneAccounts();
    if (wasCurrent) {
        const QList<Account *> rest = m_sidebar->accounts();
        Account *next = rest.isEmpty() ? nullptr : rest.constFirst();
        const QList<Section> sections = next ? m_kinds->sectionsFor(next->families())
                                             : QList<Section>();
        if (next && !sections.isEmpty()) {
            selectSection(next, sections.constFirst());
        } else {
            m_sectionStack->setCurrentWidget(m_startupPane);
            updatePaneActions();
            updateStatus();
            updateWindowTitle();
            if (rest.isEmpty())
                showNoAccounts();
        }
    }
}

void MainWindow::setAccountOrder(const QStringList &ids)
{
    m_sidebar->setAccountOrder(ids);
}

void MainWindow::setRetiredProfiles(const QList<RetiredProfile> &retired)
{
    m_retired = retired;
    for (SectionPane *pane : std::as_const(m_panes))
        pane->setRetiredProfiles(retired);
}

void MainWindow::showNoAccounts()
{
    if (m_currentPane)
        return;
    m_startupPane->setTitle(tr("No accounts yet"));
    m_startupPane->setText(tr("Add your Twilio, SignalWire, Properties or Broadcast account, or "
                              "the sandbox with its demo data to look around first."));
    m_startupPane->setBusy(false);
    m_startupPane->setIcon(Icons::appIcon());
    m_startupPane->setButtonActions({m_addAccountAction, m_addSandboxAction});
    m_connection->setMessage(tr("No account"), false);
    m_sectionStack->setCurrentWidget(m_startupPane);
    m_tabs->setTabText(0, tabText(tr("No accounts yet")));
    m_tabs->setTabIcon(0, Icons::appIcon());
    m_tabs->setTabToolTip(0, QString());
    m_tabs->setCurrentIndex(0);
}

void MainWindow::setNetworkLog(NetworkLog *log)
{
    m_networkLogDock->setLog(log);
}

void MainWindow::offerAddAccount(SectionPane *pane, Account *account)
{
    // The sandbox's empty states point the way to a real account.
    auto *placeholder = qobject_cast<PlaceholderPane *>(pane);
    if (placeholder && account && account->isSandbox())
        placeholder->setButtonActions({m_addAccountAction});
}

void MainWindow::setInitialSection(const QString &accountId, const Section &section)
{
    m_pendingAccountId = accountId;
    m_pendingSectionKey = section.key();
}

QList<Account *> MainWindow::accounts() const
{
    return m_sidebar->accounts();
}

Account *MainWindow::account(const QString &id) const
{
    for (Account *a : m_sidebar->accounts()) {
        if (a->id() == id)
            return a;
    }
    return nullptr;
}

bool MainWindow::selectSection(Account *account, const Section &section)
{
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    const bool found = m_sidebar->selectSection(account, section);
    m_selecting = wasSelecting;
    if (!found)
        return false;
    // The sidebar emits only on a change; make sure the pane shows in any case.
    if (account != m_currentAccount || section != m_currentSection || !m_currentPane)
        showSection(account, section);
    m_tabs->setCurrentIndex(0);
    return true;
}

SectionPane *MainWindow::pane(Account *account, const Section &section) const
{
    const SectionType *type = m_kinds->section(section);
    const bool shared = type && !type->family; // one pane serves every account
    return m_panes.value(PaneKey(shared ? nullptr : account, section.key()));
}

SectionPane *MainWindow::ensurePane(Account *account, const Section &section)
{
    const SectionType *type = m_kinds->section(section);
    const bool shared = type && !type->family;
    const PaneKey key(shared ? nullptr : account, section.key());
    if (SectionPane *existing = m_panes.value(key))
        return existing;

    ensureDocuments();
    PaneContext context;
    context.account = account;
    context.client = type && type->family ? account->client(*type->family) : nullptr;
    context.drafts = draftStore();
    context.kinds = m_kinds;
    context.documents = m_documentDrafts;
    SectionPane *pane = nullptr;
    if (type && type->createPane && (context.client || !type->family))
        pane = type->createPane(context, m_sectionStack);
    if (!pane) {
        pane = new PlaceholderPane(m_kinds->sectionIcon(section), m_kinds->sectionTitle(section),
                                   m_kinds->comingText(section), m_sectionStack);
    }
    m_panes.insert(key, pane);
    m_sectionStack->addWidget(pane);
    pane->setAccounts(m_sidebar->accounts());
    pane->setRetiredProfiles(m_retired);
    offerAddAccount(pane, account);
    const QIcon icon = m_kinds->sectionIcon(section);
    connect(pane, &SectionPane::documentOpened, this,
            [this, icon](QWidget *document) { onDocumentOpened(document, icon); });
    const std::optional<ApiFamily> family = type ? type->family : std::nullopt;
    connect(pane, &SectionPane::newDocumentRequested, this,
            [this, account, family](const QString &kind) { newDocument(account, kind, family); });
    connect(pane, &SectionPane::statusMessageChanged, this, [this, pane](const QString &text) {
        m_paneMessages.insert(pane, text);
        if (pane == m_currentPane)
            updateStatus();
    });
    // What the pane said while it was being built, before anyone listened.
    if (const QString text = pane->statusMessage(); !text.isEmpty())
        m_paneMessages.insert(pane, text);
    connect(pane, &SectionPane::jobStarted, this, &MainWindow::showJob);
    connect(pane, &SectionPane::paneActionsChanged, this, [this, pane] {
        if (pane == m_currentPane)
            updatePaneActions();
    });
    connect(pane, &SectionPane::loadFinished, this,
            [this, pane](bool ok, const QString &message) {
                onPaneLoadFinished(pane, ok, message);
            });
    return pane;
}

QWidget *MainWindow::newDocument(Account *account, const QString &kind,
                                 std::optional<ApiFamily> family)
{
    const DraftKindType *type = m_kinds->kind(kind);
    if (!account || !type)
        return nullptr;
    // The asking section's family when the kind is sent by it (Numbers on SignalWire).
    const ApiFamily sender = family && type->isSentBy(*family) ? *family : type->family();
    ensureDocuments();
    DraftForm *form = m_documentDrafts->openNew(kind, account->client(sender));
    if (form)
        onDocumentOpened(form, m_kinds->sectionIcon(type->section()));
    return form;
}

void MainWindow::showSection(Account *account, const Section &section)
{
    const SectionType *type = m_kinds->section(section);
    if (!account && !(type && type->topLevel)) // only a top-level section is no account's
        return;
    SectionPane *pane = ensurePane(account, section);
    m_currentAccount = account;
    m_currentSection = section;
    m_currentPane = pane;
    m_sectionStack->setCurrentWidget(pane);
    m_tabs->setTabText(0, tabText(m_kinds->sectionTitle(section)));
    m_tabs->setTabIcon(0, m_kinds->sectionIcon(section));
    m_tabs->setTabToolTip(0, account ? tr("%1 of %2").arg(m_kinds->sectionTitle(section),
                                                          account->displayName())
                                     : m_kinds->sectionDescription(section));
    m_tabs->setCurrentIndex(0);
    m_connection->setAccount(account);
    updatePaneActions();
    updateStatus();
    updateWindowTitle();
    emit currentPaneChanged(pane);
}

void MainWindow::bindRole(QMenu *menu, QAction *anchor, QAction *own, QAction *paneAction,
                          QPointer<QAction> *shown, QPointer<QAction> *target,
                          QMetaObject::Connection *follow, bool fallbackEnabled)
{
    if (*shown)
        menu->removeAction(*shown);
    disconnect(*follow);
    *target = paneAction;
    // A pane action with a shortcut of its own is shown as it is: it works wherever the
    // focus is while the pane is shown, and the window's would be ambiguous beside it.
    const bool direct = paneAction && !paneAction->shortcuts().isEmpty();
    *shown = direct ? paneAction : own;
    menu->insertAction(anchor, *shown);
    if (direct) {
        removeAction(own);
        return;
    }
    addAction(own);
    const auto sync = [own, paneAction, fallbackEnabled] {
        if (!paneAction) {
            own->setEnabled(fallbackEnabled);
            return;
        }
        own->setEnabled(paneAction->isEnabled());
        own->setText(paneAction->text());
        own->setIcon(paneAction->icon());
        own->setToolTip(paneAction->toolTip());
    };
    if (paneAction)
        *follow = connect(paneAction, &QAction::changed, own, sync);
    sync();
}

void MainWindow::updatePaneActions()
{
    const PaneActions actions = m_currentPane ? m_currentPane->paneActions() : PaneActions();

    // File ▸ New and View ▸ Refresh act on the shown pane through its typed actions.
    if (!actions.create) {
        m_newAction->setText(tr("&New"));
        m_newAction->setIcon(Icons::themed(u"document-new"_s, u"document-new"_s));
        m_newAction->setToolTip(tr("This section has nothing to create"));
    }
    bindRole(m_fileMenu, m_fileNewAnchor, m_newAction, actions.create, &m_shownNewAction,
             &m_newTarget, &m_newFollow, false);
    if (!actions.refresh) {
        m_refreshAction->setText(tr("&Refresh"));
        m_refreshAction->setIcon(Icons::themed(u"view-refresh"_s, u"view-refresh"_s));
        m_refreshAction->setToolTip(tr("Load the section again from the server (%1)")
                                        .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    }
    bindRole(m_viewMenu, m_viewRefreshAnchor, m_refreshAction, actions.refresh,
             &m_shownRefreshAction, &m_refreshTarget, &m_refreshFollow,
             m_currentPane && m_currentPane->canReload());

    m_toolBar->clear();
    const QList<QAction *> bar = m_currentPane ? m_currentPane->toolBarActions() : QList<QAction *>();
    for (QAction *action : bar) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
    if (!bar.isEmpty())
        m_toolBar->addSeparator();
    m_toolBar->addAction(actions.refresh ? actions.refresh : m_refreshAction);
}

void MainWindow::showJob(JobProgress *job)
{
    m_jobs->addJob(job);
}

void MainWindow::updateStatus()
{
    if (!m_currentPane) {
        m_loadingBar->setVisible(false);
        return;
    }
    const bool loading = !m_currentPane->isLoaded();
    m_loadingBar->setVisible(loading);
    QString text = m_paneMessages.value(m_currentPane);
    if (text.isEmpty() && loading)
        text = tr("Loading %1…").arg(m_kinds->sectionTitle(m_currentSection));
    m_paneStatus->setText(text);
}

void MainWindow::updateWindowTitle()
{
    if (!m_currentAccount) {
        setWindowTitle(tr("Switchboard"));
        return;
    }
    QString subject = m_kinds->sectionTitle(m_currentSection);
    if (m_tabs->currentIndex() > 0) {
        if (QWidget *document = m_tabs->currentWidget())
            subject = document->windowTitle();
    }
    // The application display name ("Switchboard") is appended by Qt where the platform
    // shows titles.
    setWindowTitle(tr("%1 — %2").arg(subject, m_currentAccount->displayName()));
}

void MainWindow::updateTabActions()
{
    m_closeTabAction->setEnabled(m_tabs->currentIndex() > 0);
    m_nextTabAction->setEnabled(m_tabs->count() > 1);
    m_previousTabAction->setEnabled(m_tabs->count() > 1);
}

void MainWindow::onDocumentOpened(QWidget *document, const QIcon &sectionIcon, int at,
                                  bool makeCurrent)
{
    if (!document)
        return;
    // Reopening a draft whose form is open already: bring it forward.
    if (const int open = m_tabs->indexOf(document); open > 0) {
        m_tabs->setCurrentIndex(open);
        return;
    }
    // The document's own icon if it set one, else its kind's section's (a draft reopened from
    // Drafts is still a property), else the opening section's; never the inherited app icon.
    QIcon icon = sectionIcon;
    if (document->testAttribute(Qt::WA_SetWindowIcon)) {
        icon = document->windowIcon();
    } else if (const DraftKindType *kind = m_documentDrafts
                                               ? m_kinds->kind(m_documentDrafts->kindOf(document))
                                               : nullptr) {
        icon = m_kinds->sectionIcon(kind->section());
    }
    if (isReadOnly()) {
        document->setEnabled(false);
        document->setToolTip(readOnlyText());
    }
    const int index = at > 0 ? m_tabs->insertTab(at, document, icon, tabText(document->windowTitle()))
                             : m_tabs->addTab(document, icon, tabText(document->windowTitle()));
    // One close icon in the whole window (the style's own is a loud red on the current tab).
    auto *close = new QToolButton(m_tabs->tabBar());
    close->setObjectName(u"tabCloseButton"_s);
    close->setAutoRaise(true);
    close->setIcon(Icons::close());
    close->setIconSize(QSize(12, 12));
    close->setToolTip(tr("Close this tab; its draft is kept"));
    close->setAccessibleName(tr("Close tab"));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, this, [this, document] { closeDocument(m_tabs->indexOf(document)); });
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    m_tabs->setTabToolTip(index, document->windowTitle());
    connect(document, &QWidget::windowTitleChanged, this, [this, document](const QString &title) {
        const int i = m_tabs->indexOf(document);
        if (i > 0) {
            m_tabs->setTabText(i, tabText(title));
            m_tabs->setTabToolTip(i, title);
            if (i == m_tabs->currentIndex())
                updateWindowTitle();
        }
    });
    connect(document, &QWidget::windowIconChanged, this, [this, document](const QIcon &icon) {
        const int i = m_tabs->indexOf(document);
        if (i > 0)
            m_tabs->setTabIcon(i, icon);
    });
    if (makeCurrent) {
        m_tabs->setCurrentIndex(index);
        document->setFocus(Qt::OtherFocusReason);
    }
    updateTabActions();
    if (m_saveTimer)
        m_saveTimer->start(); // which tabs are open is kept too
}

QStringList MainWindow::openDraftIds() const
{
    QStringList ids;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (const QString id = m_documentDrafts ? m_documentDrafts->draftId(m_tabs->widget(i))
                                                : QString();
            !id.isEmpty())
            ids << id;
    }
    // Those whose account has not arrived yet are still open as far as the user knows.
    for (const QString &id : m_toReopen) {
        if (!ids.contains(id))
            ids << id;
    }
    QStringList unsent;
    for (const QString &id : std::as_const(ids)) {
        const Draft draft = m_draftStore ? m_draftStore->draft(id) : Draft();
        if (!draft.isNull() && draft.state != OutboxState::Sent)
            unsent << id;
    }
    return unsent;
}

void MainWindow::reopenDocuments()
{
    if (!m_draftStore || !m_documentDrafts || m_toReopen.isEmpty())
        return;
    const QStringList waiting = m_toReopen;
    for (const QString &id : waiting) {
        const Draft draft = m_draftStore->draft(id);
        if (draft.isNull() || draft.state == OutboxState::Sent) {
            m_toReopen.removeAll(id); // deleted or sent meanwhile
            continue;
        }
        if (!clientForProfile(draft.accountId))
            continue; // its account is not here yet
        m_toReopen.removeAll(id);
        DraftForm *form = m_documentDrafts->open(draft);
        const DraftKindType *kind = m_kinds->kind(draft.kind);
        if (!form || !kind || form->parentWidget())
            continue; // no form, or open already (in a tab, or in its pane)
        // In the order they had: after the last tab open that came before it.
        const qsizetype rank = m_reopenOrder.indexOf(id);
        int at = 1;
        for (int i = 1; i < m_tabs->count(); ++i) {
            const qsizetype other = m_reopenOrder.indexOf(m_documentDrafts->draftId(m_tabs->widget(i)));
            if (other >= 0 && other < rank)
                at = i + 1;
        }
        const bool current = id == m_reopenCurrent && !m_userNavigated;
        onDocumentOpened(form, m_kinds->sectionIcon(kind->section()), at, current);
    }
}

void MainWindow::closeDocument(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return;
    QWidget *document = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (m_saveTimer)
        m_saveTimer->start();
    if (m_documentDrafts) {
        m_documentDrafts->release(document); // a form still sending stays until its answer
    } else {
        document->hide();
        document->deleteLater();
    }
    updateTabActions();
}

int MainWindow::documentCount() const
{
    return m_tabs->count() - 1;
}

void MainWindow::onPaneLoadFinished(SectionPane *pane, bool ok, const QString &message)
{
    if (!ok && !message.isEmpty())
        m_paneMessages.insert(pane, message);
    if (pane == m_currentPane)
        updateStatus();
}

void MainWindow::refresh()
{
    if (m_currentAccount && m_currentAccount->connectionState() != Account::ConnectionState::Online)
        m_currentAccount->probe();
    if (m_currentPane) {
        m_currentPane->reload();
        updateStatus();
    }
}

void MainWindow::showStartupMessage(const QString &title, const QString &text,
                                    const QString &status, StartupKind kind)
{
    m_startupPane->setTitle(title);
    m_startupPane->setText(text);
    m_startupPane->setBusy(kind == StartupKind::Busy);
    m_startupPane->setIcon(kind == StartupKind::Busy
                               ? Icons::appIcon()
                               : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_startupPane->setIconMode(QIcon::Normal);
    m_startupPane->setButtonActions({});
    m_connection->setMessage(status, kind == StartupKind::Error);
    if (!m_currentPane) {
        m_sectionStack->setCurrentWidget(m_startupPane);
        m_tabs->setTabText(0, tabText(title));
    }
}

void MainWindow::setDraftStore(DraftStore *store)
{
    if (m_documentDrafts)
        return; // once, before panes exist
    m_draftStore = store;
    ensureDocuments();
    if (!store)
        return;
    for (auto signal : {&DraftStore::draftAdded, &DraftStore::draftChanged, &DraftStore::draftRemoved}) {
        connect(store, signal, this, [this] {
            // Many changes in a row (an import, a bulk send) are counted once.
            if (!m_countsPending) {
                m_countsPending = true;
                QMetaObject::invokeMethod(this, &MainWindow::updateSectionCounts, Qt::QueuedConnection);
            }
        });
    }
    // A new form's draft exists from its first change: its tab is kept from then on.
    connect(store, &DraftStore::draftAdded, this, [this] {
        if (m_saveTimer)
            m_saveTimer->start();
    });
    updateSectionCounts();
}

void MainWindow::updateSectionCounts()
{
    m_countsPending = false;
    if (!m_draftStore)
        return;
    for (const SectionType &type : m_kinds->sections()) {
        if (type.count)
            m_sidebar->setSectionCount(type.key, type.count(*m_draftStore));
    }
}

void MainWindow::ensureDocuments()
{
    if (m_documentDrafts)
        return;
    m_documentDrafts = new DocumentDrafts(
        m_draftStore, m_kinds,
        [this](const QString &profileId) { return clientForProfile(profileId); }, this);
    connect(m_documentDrafts, &DocumentDrafts::saveFailed, this, [this](const QString &message) {
        showTransientMessage(tr("The draft could not be saved: %1").arg(message));
    });
    connect(m_documentDrafts, &DocumentDrafts::exportRequested, this,
            &MainWindow::chooseDocumentExportFile);
}

DraftStore *MainWindow::draftStore() const
{
    return m_draftStore;
}

void MainWindow::addOutbox(Outbox *outbox)
{
    if (!outbox)
        return;
    ensureDocuments();
    m_documentDrafts->addOutbox(outbox);
    connect(outbox, &Outbox::draftSent, this, &MainWindow::onDraftSent);
    // A cart tells its section about each number as it is bought.
    connect(outbox, &Outbox::draftStepSent, this, &MainWindow::onDraftSent);
}

void MainWindow::onDraftSent(const QString &draftId)
{
    // The kind's section of the draft's account shows what was created, whoever sent it.
    if (!m_draftStore)
        return;
    const Draft draft = m_draftStore->draft(draftId);
    const DraftKindType *type = m_kinds->kind(draft.kind);
    if (draft.isNull() || !type)
        return;
    for (Account *account : m_sidebar->accounts()) {
        if (AccountClient *client = account->clientForProfile(draft.accountId)) {
            if (SectionPane *target = pane(account, type->sectionFor(client->family())))
                target->draftSent(draft);
        }
    }
}

void MainWindow::showTransientMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    if (!m_readOnlyNotice) {
        // A permanent widget: showMessage() hides only the normal ones.
        m_readOnlyNotice = new QLabel(this);
        m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
        m_readOnlyNotice->setTextFormat(Qt::PlainText);
        m_readOnlyNotice->setStyleSheet(u"font-weight: bold"_s);
        m_readOnlyNotice->setMinimumWidth(1); // a long reason is cut, not the window widened
        statusBar()->addPermanentWidget(m_readOnlyNotice);
    }
    m_readOnlyNotice->setText(readOnlyText());
    m_readOnlyNotice->setToolTip(readOnlyText());
    // The accounts belong to the Switchboard that holds the folder, too.
    for (QAction *action : {m_accountsAction, m_addAccountAction, m_addSandboxAction}) {
        action->setEnabled(false);
        action->setToolTip(readOnlyText());
    }
    ensureDocuments();
    m_documentDrafts->setReadOnly(readOnlyText()); // forms say why in their banner too
    for (int i = 1; i < m_tabs->count(); ++i) { // documents open already
        m_tabs->widget(i)->setEnabled(false);
        m_tabs->widget(i)->setToolTip(readOnlyText());
    }
}

QString MainWindow::readOnlyText() const
{
    return isReadOnly() ? tr("Read-only: %1").arg(m_readOnlyReason) : QString();
}

AccountClient *MainWindow::clientForProfile(const QString &profileId) const
{
    for (Account *account : m_sidebar->accounts()) {
        if (AccountClient *client = account->clientForProfile(profileId))
            return client;
    }
    return nullptr;
}

void MainWindow::updatePaneAccounts()
{
    const QList<Account *> accounts = m_sidebar->accounts();
    for (SectionPane *pane : std::as_const(m_panes))
        pane->setAccounts(accounts);
}

QString MainWindow::paneStatusText() const
{
    return m_paneStatus->text();
}

void MainWindow::readSettings(QSettings &settings)
{
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultWidth, defaultHeight);
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_sidebarAction->setChecked(settings.value(sidebarVisibleKey, true).toBool());
    m_pendingAccountId = settings.value(lastAccountKey).toString();
    m_pendingSectionKey = settings.value(lastSectionKey).toString();
    // The tabs of unsent drafts open at the last close, reopened as their accounts arrive.
    m_reopenOrder = settings.value(openDraftsKey).toStringList();
    m_toReopen = m_reopenOrder;
    m_reopenCurrent = settings.value(currentDraftKey).toString();
    QMetaObject::invokeMethod(this, &MainWindow::reopenDocuments, Qt::QueuedConnection);
    if (Account *a = account(m_pendingAccountId)) {
        if (const std::optional<Section> section = m_kinds->sectionFromKey(m_pendingSectionKey))
            selectSection(a, *section);
    }
}

void MainWindow::writeSettings(QSettings &settings) const
{
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(sidebarVisibleKey, m_sidebarAction->isChecked());
    if (m_currentAccount) {
        settings.setValue(lastAccountKey, m_currentAccount->id());
        settings.setValue(lastSectionKey, m_currentSection.key());
    }
    if (m_draftStore) {
        settings.setValue(openDraftsKey, openDraftIds());
        QString current = m_tabs->currentIndex() > 0 && m_documentDrafts
                              ? m_documentDrafts->draftId(m_tabs->currentWidget())
                              : QString();
        if (m_tabs->currentIndex() == 0 && m_toReopen.contains(m_reopenCurrent))
            current = m_reopenCurrent; // still to come back, and still to be the current one
        settings.setValue(currentDraftKey, current);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_documentDrafts)
        m_documentDrafts->flushAll();
    // One last try for what could not be written: space may have been freed a moment ago.
    if (!m_quitConfirmed && m_draftStore && m_draftStore->hasUnsaved()
        && !m_draftStore->retryUnsaved()) {
        event->ignore();
        askBeforeQuitting();
        return;
    }
    if (m_settings)
        writeSettings(*m_settings);
    event->accept();
}

void MainWindow::askBeforeQuitting()
{
    if (findChild<QMessageBox *>(u"unsavedOnQuit"_s))
        return; // already asking
    const int count = int(m_draftStore->unsavedDrafts().size());
    const StorageFailure::Kind failure = m_draftStore->unsavedFailure();
    QString cause = StorageFailure::describe(failure, m_draftStore->folder());
    if (cause.isEmpty())
        cause = m_draftStore->errorString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Switchboard"),
                                tr("%n draft(s) could not be saved: %1.", nullptr, count).arg(cause),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedOnQuit"_s);
    box->setInformativeText(tr("Save them elsewhere (another disk, a USB stick) to import them "
                               "later, or quit and lose the changes that were not saved."));
    QPushButton *saveElsewhere = box->addButton(tr("&Save elsewhere…"), QMessageBox::AcceptRole);
    saveElsewhere->setObjectName(u"saveElsewhere"_s);
    QPushButton *quitAnyway = box->addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
    quitAnyway->setObjectName(u"quitAnyway"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"cancel"_s);
    box->setDefaultButton(saveElsewhere);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, saveElsewhere, quitAnyway](QAbstractButton *button) {
        if (button == saveElsewhere) {
            chooseUnsavedExportFile();
        } else if (button == quitAnyway) {
            m_quitConfirmed = true;
            close();
        }
    });
    box->open(); // window-modal, without a nested event loop
}

void MainWindow::chooseUnsavedExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Save unsaved drafts elsewhere"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Switchboard drafts (*.json)"));
    dialog->setObjectName(u"unsavedExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(tr("unsaved-drafts.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_draftStore)
            return;
        const DraftTransferResult result = m_draftStore->exportUnsaved(path);
        if (!result.ok) {
            // Still here, and asked again on the next quit.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Switchboard"),
                                        tr("The drafts could not be saved there: %1")
                                            .arg(result.error),
                                        QMessageBox::Ok, this);
            box->setObjectName(u"unsavedExportFailed"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_quitConfirmed = true;
        close();
    });
    dialog->open();
}

void MainWindow::chooseDocumentExportFile(QWidget *document)
{
    if (!m_documentDrafts || !document)
        return;
    auto *dialog = new QFileDialog(this, tr("Export draft"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Switchboard drafts (*.json)"));
    dialog->setObjectName(u"draftExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(tr("draft.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> target(document);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &path) {
        if (!target || !m_documentDrafts)
            return;
        const DraftTransferResult result = m_documentDrafts->exportDocument(target, path);
        showTransientMessage(result.ok ? tr("Draft exported to %1.").arg(QDir::toNativeSeparators(path))
                                       : tr("Export failed. %1").arg(result.error));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Switchboard %1</h3>"
           "<p>A desktop console for cloud telephony accounts: properties, broadcast "
           "projects and phone numbers on Twilio and SignalWire, with offline drafts.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Switchboard"), text,
                                QMessageBox::Close, this);
    box->setIconPixmap(Icons::appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal without a nested event loop
}

void MainWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
    // Every table remembers its columns there too.
    TableBehaviour::setSettings(settings);
    if (!m_saveTimer) {
        // The window's state is saved a moment after it changes, not only on a clean quit.
        m_saveTimer = new QTimer(this);
        m_saveTimer->setSingleShot(true);
        m_saveTimer->setInterval(1000);
        connect(m_saveTimer, &QTimer::timeout, this, [this] {
            if (m_settings && isVisible())
                writeSettings(*m_settings);
        });
        connect(m_splitter, &QSplitter::splitterMoved, m_saveTimer, qOverload<>(&QTimer::start));
        connect(this, &MainWindow::currentPaneChanged, m_saveTimer, qOverload<>(&QTimer::start));
        connect(m_sidebarAction, &QAction::toggled, m_saveTimer, qOverload<>(&QTimer::start));
        connect(m_tabs, &QTabWidget::currentChanged, m_saveTimer, qOverload<>(&QTimer::start));
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_saveTimer && m_settings)
        m_saveTimer->start();
}

QAction *MainWindow::findTarget() const
{
    // The network log's Find while the keyboard is there, else the shown section's.
    if (m_networkLogDock && m_networkLogDock->isAncestorOf(focusWidget())) {
        QAction *find = m_networkLogDock->findAction();
        return find && find->isEnabled() ? find : nullptr;
    }
    if (m_tabs->currentIndex() == 0 && m_currentPane) {
        QAction *find = m_currentPane->paneActions().find;
        return find && find->isEnabled() ? find : nullptr;
    }
    return nullptr;
}

bool MainWindow::undoStep(bool redo, bool perform)
{
    // A form's own undo (FormUndo) in a document tab; the pane's undo stack on the first.
    if (m_tabs->currentIndex() > 0) {
        const FormUndo *undo = m_documentDrafts ? m_documentDrafts->undoOf(m_tabs->currentWidget())
                                                : nullptr;
        QAction *action = undo ? (redo ? undo->redoAction() : undo->undoAction()) : nullptr;
        if (!action || !action->isEnabled())
            return false;
        if (perform)
            action->trigger();
        return true;
    }
    QUndoStack *stack = m_currentPane ? m_currentPane->paneActions().undoStack : nullptr;
    if (!stack || !(redo ? stack->canRedo() : stack->canUndo()))
        return false;
    if (perform)
        redo ? stack->redo() : stack->undo();
    return true;
}

QList<QPair<QString, QList<QAction *>>> MainWindow::shortcutGroups() const
{
    QList<QPair<QString, QList<QAction *>>> groups;
    // The menus first, as the user sees them.
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu()) {
            QList<QAction *> actions;
            for (QAction *action : menu->actions()) {
                actions << action;
                if (action->menu())
                    actions << action->menu()->actions();
            }
            groups.append({ShortcutsDialog::plainText(menu->title()), actions});
        }
    }
    groups.append({tr("Window"), actions()});
    // Each section once (every account's pane has the same keys), then the open documents.
    QStringList sectionsSeen;
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it) {
        if (sectionsSeen.contains(it.key().second))
            continue;
        sectionsSeen << it.key().second;
        QList<QAction *> actions = it.value()->actions();
        for (QAction *action : it.value()->toolBarActions()) {
            if (action && !actions.contains(action))
                actions << action;
        }
        if (const std::optional<Section> section = m_kinds->sectionFromKey(it.key().second))
            groups.append({m_kinds->sectionTitle(*section), actions});
    }
    for (int i = 1; i < m_tabs->count(); ++i) {
        QWidget *document = m_tabs->widget(i);
        QList<QAction *> actions = document->actions();
        for (QAction *action : document->findChildren<QAction *>())
            actions << action;
        groups.append({tr("Form: %1").arg(document->windowTitle()), actions});
    }
    return groups;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    for (const auto &[title, actions] : shortcutGroups())
        dialog->addGroup(title, actions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, without a nested event loop
}
