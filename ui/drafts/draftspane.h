#pragma once

#include "api/apierror.h"
#include "drafts/draft.h"
#include "sectionpane.h"

#include <QHash>
#include <QStringList>

#include <functional>

class DraftListModel;
class DraftStore;
class QAction;
class QMenu;
class MessageBanner;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Drafts section: every draft of every account, with its kind, title, account, last
// edit, validity and outbox state. Open (Enter, double-click), Duplicate (Ctrl+D),
// Delete (Del) with Undo (Ctrl+Z, or the banner's button), Export…/Import… a JSON file,
// and "Send when online" to put valid drafts in their account's outbox. While drafts
// cannot be written (a full disk), a lasting banner says so, with "Export…" to save the
// unsaved ones elsewhere (DraftStore::keepUnsaved).
//
//     auto *pane = new DraftsPane(store);
//     pane->setOpener(DraftKind::Property, [](const Draft &d) { return new PropertyDocument(d); });
//     connect(pane, &SectionPane::documentOpened, window, &MainWindow::showDocument);
class DraftsPane final : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPane)

public:
    // Builds the form that edits a draft of one kind; the pane emits documentOpened() with
    // it. Returning nullptr means "cannot open" (the pane says so).
    using Opener = std::function<QWidget *(const Draft &draft)>;

    explicit DraftsPane(DraftStore *store, QWidget *parent = nullptr);
    ~DraftsPane() override;

    void setOpener(const QString &kind, Opener opener);
    void setKindTitles(const QHash<QString, QString> &titles);
    void setAccountNames(const QHash<QString, QString> &names);

    PaneActions paneActions() const override;
    QWidget *mainView() const override;
    void setAccounts(const QList<Account *> &accounts) override;
    void setRetiredProfiles(const QList<RetiredProfile> &retired) override;

    QString statusMessage() const override { return m_statusMessage; }

    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

    void openSelected();
    void duplicateSelected();
    void deleteSelected();
    void undoDelete();
    void sendSelectedWhenOnline();
    void keepSelectedAsDrafts();
    // Moves the selected drafts to another account's profile of the same family (a removed
    // account's drafts, or a changed login's); false with the banner saying why not.
    bool moveSelectedTo(const QString &profileId);
    // The accounts the selection can move to: profile id -> account name.
    QList<QPair<QString, QString>> moveTargets() const;
    // What Export… and Import… do once a file is chosen; false with the banner saying why.
    bool exportDrafts(const QStringList &ids, const QString &filePath);
    bool importDrafts(const QString &filePath);

    // For tests and screenshots.
    QTableView *view() const { return m_view; }
    DraftListModel *model() const { return m_model; }
    bool isEmptyStateShown() const;
    QString bannerText() const;
    bool isBannerVisible() const;
    // The lasting "Not saved: …" banner; empty while every draft is written.
    QString saveProblemText() const;
    // What its "Export…" does once a file is chosen.
    bool exportUnsaved(const QString &filePath);
    QAction *openAction() const { return m_openAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *moveAction() const { return m_moveAction; }

private:
    enum class BannerKind { Info, Warning, Error };
    void showBanner(const QString &text, BannerKind kind, bool offerUndo = false);
    void hideBanner();
    void chooseExportFile();
    void chooseUnsavedExportFile();
    void updateSaveProblem();
    void chooseImportFile();
    void updateActions();
    void updateEmptyState();
    void updateStatus();
    void updateAccountNames();
    void updateQueuedBanner();
    void fillMoveMenu();
    QList<Draft> selectedDrafts() const;
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (DraftsPane::*slot)());

    DraftStore *m_store;
    DraftListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    MessageBanner *m_banner;
    MessageBanner *m_saveBanner;
    QAction *m_openAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
    QAction *m_sendAction;
    QAction *m_keepAction;
    QAction *m_exportAction;
    QAction *m_importAction;
    QAction *m_moveAction;
    QMenu *m_moveMenu;
    QHash<QString, QString> m_liveNames;          // profile id -> account name
    QHash<QString, ApiFamily> m_liveFamilies;     // profile id -> family
    QList<RetiredProfile> m_retired;
    QHash<QString, Opener> m_openers;
    QStringList m_lastDeleted;
    QStringList m_queuedShown; // the drafts the banner says will be sent
    QString m_statusMessage;
};
