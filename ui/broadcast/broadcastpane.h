#pragma once

#include "listpane.h"

#include "broadcast/broadcastproject.h"
#include "broadcast/broadcastreference.h"

#include <QPointer>

#include <optional>

class AccountClient;
class ApiJob;
class BroadcastReferenceLoader;
class DraftStore;
class ProjectListModel;
class QFormLayout;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QWidget;
class SidLabel;

// The Broadcast projects section of one account: the organisation's projects page by page
// (name, status, channel, number count, created), sortable on the rows loaded so far, and the
// selected project's details with its sending numbers. "New broadcast project" asks the shell
// for a broadcast draft's form. Names of brands, campaigns, verifications, domains and the
// numbers' phone numbers come from the reference lists (cached per account, read again when
// the pane first shows). On the ListPane footing.
class BroadcastPane final : public ListPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BroadcastPane)

public:
    // drafts may be null (no cache of the reference lists then).
    BroadcastPane(AccountClient *client, DraftStore *drafts, QWidget *parent = nullptr);
    ~BroadcastPane() override;

    void draftSent(const Draft &draft) override;

    ProjectListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QListWidget *numbersList() const { return m_numbersList; }
    std::optional<BroadcastProject> currentProject() const;
    bool selectProject(const QString &id);

public slots:
    void newProject();

protected:
    QString placeholderText(State state) const override;
    QString statusText() const override;
    QString loadFailedText(const ApiError &error) const override;
    void firstPageLoaded() override;
    void currentChanged() override;
    void aboutToReload() override;

private:
    void buildUi();
    void showProject(const BroadcastProject &project);
    void loadReference();

    AccountClient *m_client;
    QPointer<DraftStore> m_drafts;
    ProjectListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    BroadcastReference m_reference;
    QPointer<BroadcastReferenceLoader> m_loader;
    QPointer<ApiJob> m_readJob;

    QWidget *m_detailPage = nullptr;
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
};
