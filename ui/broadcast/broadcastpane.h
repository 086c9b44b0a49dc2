#pragma once

#include "sectionpane.h"

#include "broadcast/broadcastproject.h"
#include "broadcast/broadcastreference.h"

#include <QPointer>

#include <optional>

class AccountClient;
class ApiJob;
class BroadcastReferenceLoader;
class DraftStore;
class MessageBanner;
class ProjectListModel;
class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SidLabel;
struct ApiError;

// The Broadcast projects section of one account: the organisation's projects page by page
// (name, status, channel, number count, created), sortable on the rows loaded so far, and the
// selected project's details with its sending numbers. "New broadcast project" asks the shell
// for a broadcast draft's form. Names of brands, campaigns, verifications, domains and the
// numbers' phone numbers come from the reference lists (cached per account, read again when
// the pane first shows).
class BroadcastPane final : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BroadcastPane)

public:
    // drafts may be null (no cache of the reference lists then).
    BroadcastPane(AccountClient *client, DraftStore *drafts, QWidget *parent = nullptr);
    ~BroadcastPane() override;

    QList<QAction *> toolBarActions() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    bool canReload() const override { return true; }
    QString statusMessage() const override { return m_statusMessage; }
    void draftSent(const Draft &draft) override;

    ProjectListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QListWidget *numbersList() const { return m_numbersList; }
    std::optional<BroadcastProject> currentProject() const;
    bool selectProject(const QString &id);

public slots:
    void newProject();

private:
    void buildUi();
    void onPageLoaded();
    void onPageFailed(const ApiError &error);
    void onCurrentChanged();
    void showProject(const BroadcastProject &project);
    void fetchMoreIfNeeded();
    void updateState();
    void updateStatus();
    void loadReference();

    AccountClient *m_client;
    QPointer<DraftStore> m_drafts;
    ProjectListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    BroadcastReference m_reference;
    QPointer<BroadcastReferenceLoader> m_loader;
    QPointer<ApiJob> m_readJob;

    QAction *m_newAction = nullptr;
    QAction *m_refreshAction = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_placeholderButton = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_detailEmpty = nullptr;
    QLabel *m_detailName = nullptr;
    QFormLayout *m_detailForm = nullptr;
    QLabel *m_detailStatus = nullptr;
    QLabel *m_detailChannel = nullptr;
    QLabel *m_detailSender = nullptr;     // brand and campaign, or the verification
    QLabel *m_detailTracking = nullptr;
    QLabel *m_detailCreated = nullptr;
    SidLabel *m_detailId = nullptr;
    QLabel *m_numbersCaption = nullptr;
    QListWidget *m_numbersList = nullptr;
    QString m_statusMessage;
    bool m_loaded = false;
    bool m_awaitingFirstPage = false;
};
