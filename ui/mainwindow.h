#pragma once

#include "accounts/accountsettings.h"
#include "api/apierror.h"
#include "section.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class Account;
class AccountClient;
class AccountSidebar;
class ConnectionIndicator;
class DocumentDrafts;
class DraftStore;
class JobProgress;
class JobStatus;
class KindRegistry;
class NetworkLog;
class NetworkLogDock;
class Outbox;
class PlaceholderPane;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;
class SectionPane;

// The one main window: the account sidebar on the left; on the right a tab widget whose
// first, fixed tab is the selected section's pane and whose further, closable tabs are the
// documents panes open (forms); a toolbar with the section's actions plus Refresh; a
// status bar with the pane's message and the account's connection state. It only places
// panes: each pane is its own tested class (see SectionPane). Sections, their panes and the
// kinds of draft come from a KindRegistry: the window names none of them.
//
//     MainWindow window;
//     window.setSettings(&settings);     // geometry and last section, saved on close
//     window.readSettings(settings);
//     window.addAccount(account);        // takes ownership; selects the last/first section
//     window.show();
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class StartupKind { Busy, Error };

    // kinds: the sections and draft kinds (not owned); the built-in ones when null.
    explicit MainWindow(const KindRegistry *kinds = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Lists the account in the sidebar and takes ownership. If no section is shown yet,
    // selects the one remembered by readSettings() or else the account's first; the account
    // of setInitialSection() is shown when it arrives, unless the user has chosen meanwhile.
    void addAccount(Account *account);
    // Closes the account's documents (their drafts are kept), drops its panes and deletes
    // it; another account's section is shown, or the empty state when none is left.
    void removeAccount(Account *account);
    // Account ids in the order the sidebar lists them (the user's order).
    void setAccountOrder(const QStringList &ids);
    // Profiles drafts may name that can no longer send (see SectionPane::setRetiredProfiles).
    void setRetiredProfiles(const QList<RetiredProfile> &retired);
    // No account at all: a welcome with "Add your account" and "Add the sandbox".
    void showNoAccounts();
    // View ▸ Network log shows this log (not owned).
    void setNetworkLog(NetworkLog *log);
    NetworkLogDock *networkLogDock() const { return m_networkLogDock; }
    // Settings ▸ Accounts…, and "Add your account" (sidebar, empty states).
    QAction *accountsAction() const { return m_accountsAction; }
    QAction *addAccountAction() const { return m_addAccountAction; }
    QAction *addSandboxAction() const { return m_addSandboxAction; }
    QPushButton *addAccountButton() const { return m_addAccountButton; }
    QList<Account *> accounts() const;
    Account *account(const QString &id) const;
    // The section addAccount() shows first for this account, over the remembered one.
    void setInitialSection(const QString &accountId, const Section &section);

    // Shows a section's pane (created on first use and kept); false if the account does
    // not have that section.
    bool selectSection(Account *account, const Section &section);
    Account *currentAccount() const { return m_currentAccount; }
    Section currentSection() const { return m_currentSection; }
    SectionPane *currentPane() const { return m_currentPane; }
    // The pane of a section if it was created already.
    SectionPane *pane(Account *account, const Section &section) const;
    const KindRegistry *kinds() const { return m_kinds; }

    // While no section is shown: a message in the central area and the status bar, e.g.
    // "Starting sandbox…" (busy) or why it could not start (error).
    void showStartupMessage(const QString &title, const QString &text, const QString &status,
                            StartupKind kind);

    // Closes the document tab at index (> 0); the document is deleted.
    void closeDocument(int index);
    int documentCount() const;

    // Where forms keep their drafts and the Drafts section lists them (not owned; must
    // outlive the window; may be null when it could not be opened). Set before the first
    // account is added. Without one, forms are not kept and cannot be sent.
    void setDraftStore(DraftStore *store);
    DraftStore *draftStore() const;
    DocumentDrafts *documentDrafts() const { return m_documentDrafts; }
    // An account client's outbox (not owned): forms of its account submit through it, and
    // what it sends is shown in the kind's section.
    void addOutbox(Outbox *outbox);
    // Opens a new document of a registered draft kind for the account (its form in a tab).
    // `family`: the asking section's (a purchase from Numbers on SignalWire); by default
    // the kind's own.
    QWidget *newDocument(Account *account, const QString &kind,
                         std::optional<ApiFamily> family = std::nullopt);
    // A long job (a bulk run, a whole account loading): the status bar shows its progress
    // with Pause and Cancel until it finishes (not owned). Panes announce theirs with
    // SectionPane::jobStarted().
    void showJob(JobProgress *job);
    JobStatus *jobStatus() const { return m_jobs; }
    // A short-lived message in the status bar (10 s).
    void showTransientMessage(const QString &message);

    // For good: a status-bar notice "Read-only: <reason>" that later messages do not
    // replace, and documents opened from now on are disabled (with the reason as tooltip).
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyText() const; // the notice as shown; empty when not read-only

    // The settings closeEvent() saves into (not owned; may be null: nothing is saved).
    // Also where every table remembers its columns (TableBehaviour); the window's state is
    // saved there a moment after it changes.
    // The settings also keep the tabs of unsent drafts: readSettings() reopens them as their
    // accounts arrive, in their order, the current one current again (unless the user has
    // chosen a section meanwhile).
    void setSettings(QSettings *settings);
    void readSettings(QSettings &settings);
    void writeSettings(QSettings &settings) const;

    AccountSidebar *sidebar() const { return m_sidebar; }
    QTabWidget *tabWidget() const { return m_tabs; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    QString paneStatusText() const;

signals:
    // A section's pane became the current one.
    void currentPaneChanged(SectionPane *pane);
    // Settings ▸ Accounts…: open the accounts dialog (adding: on its "Add an account" page).
    void accountsRequested(bool adding);
    // "Add the sandbox" on the empty state.
    void sandboxRequested();

protected:
    // Saves every form first; if a draft still cannot be written (a full disk), asks
    // before quitting: Save elsewhere… (exports the unsaved drafts), Quit anyway, Cancel.
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showSection(Account *account, const Section &section);
    SectionPane *ensurePane(Account *account, const Section &section);
    void ensureDocuments();
    void onDraftSent(const QString &draftId);
    void updatePaneActions();
    // Shows paneAction in `menu` before `anchor` when it has a shortcut of its own; else the
    // window's `own` stands for it (mirroring its text and state) or, without one, is
    // enabled as fallbackEnabled says.
    void bindRole(QMenu *menu, QAction *anchor, QAction *own, QAction *paneAction,
                  QPointer<QAction> *shown, QPointer<QAction> *target,
                  QMetaObject::Connection *follow, bool fallbackEnabled);
    void updateStatus();
    void updateWindowTitle();
    void updateTabActions();
    void updatePaneAccounts();
    AccountClient *clientForProfile(const QString &profileId) const;
    // Shows a document in a tab of its own (at `at`, else last), current unless told not.
    void onDocumentOpened(QWidget *document, const QIcon &sectionIcon, int at = -1,
                          bool makeCurrent = true);
    // The drafts of the document tabs, in order, as the settings keep them (unsent only).
    QStringList openDraftIds() const;
    // Opens the remembered drafts whose account is here now (see readSettings()).
    void reopenDocuments();
    void updateSectionCounts();
    void onPaneLoadFinished(SectionPane *pane, bool ok, const QString &message);
    void refresh();
    void showAbout();
    void showShortcuts();
    // Help ▸ Keyboard shortcuts: (group title, its actions) from the menus, the window, each
    // section's pane and each open document.
    QList<QPair<QString, QList<QAction *>>> shortcutGroups() const;
    // Edit ▸ Find's target: the "findAction" of what has the keyboard or the shown section.
    QAction *findTarget() const;
    // Whether Edit ▸ Undo (or Redo) has a step to take in the current tab; takes it when
    // perform is set.
    bool undoStep(bool redo, bool perform);
    void offerAddAccount(SectionPane *pane, Account *account);
    void askBeforeQuitting();
    void chooseUnsavedExportFile();
    void chooseDocumentExportFile(QWidget *document);

    using PaneKey = QPair<Account *, QString>;

    AccountSidebar *m_sidebar;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QStackedWidget *m_sectionStack;
    PlaceholderPane *m_startupPane;
    QToolBar *m_toolBar;
    QLabel *m_paneStatus;
    QProgressBar *m_loadingBar;
    JobStatus *m_jobs;
    ConnectionIndicator *m_connection;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_fileNewAnchor = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_viewRefreshAnchor = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_addSandboxAction = nullptr;
    QPushButton *m_addAccountButton = nullptr;
    QWidget *m_sidebarBox = nullptr;
    NetworkLogDock *m_networkLogDock = nullptr;
    QList<RetiredProfile> m_retired;
    bool m_selecting = false;     // selectSection() is moving the sidebar, not the user
    bool m_userNavigated = false; // the user chose a section: arrivals do not take over
    // File ▸ New and View ▸ Refresh: what the menus show, and the pane action the window's
    // own stands for (see bindRole()).
    QPointer<QAction> m_shownNewAction;
    QPointer<QAction> m_shownRefreshAction;
    QPointer<QAction> m_newTarget;
    QPointer<QAction> m_refreshTarget;
    QMetaObject::Connection m_newFollow;
    QMetaObject::Connection m_refreshFollow;

    const KindRegistry *m_kinds;
    QHash<PaneKey, SectionPane *> m_panes;
    QHash<SectionPane *, QString> m_paneMessages;
    Account *m_currentAccount = nullptr;
    Section m_currentSection;
    SectionPane *m_currentPane = nullptr;

    DocumentDrafts *m_documentDrafts = nullptr;
    QPointer<DraftStore> m_draftStore;
    QSettings *m_settings = nullptr;
    QTimer *m_saveTimer = nullptr;
    QString m_pendingAccountId;
    QString m_pendingSectionKey;
    QString m_readOnlyReason;
    QLabel *m_readOnlyNotice = nullptr;
    bool m_quitConfirmed = false; // the user chose to quit with unsaved drafts
    QStringList m_reopenOrder;    // the drafts open at the last close, in tab order
    QStringList m_toReopen;       // those of them whose account has not arrived yet
    QString m_reopenCurrent;      // the one that was current
    bool m_countsPending = false;
};
