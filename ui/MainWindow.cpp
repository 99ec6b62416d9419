#include "MainWindow.h"

#include "AccountIndex.h"
#include "Branding.h"
#include "ConfigurationTree.h"
#include "DisplayFormat.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"
#include "ui_MainWindow.h"

namespace spdc {

namespace {
constexpr int RefreshIntervalMs = 60 * 1000;
}

MainWindow::MainWindow(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
                       QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_store(store),
      m_index(index),
      m_defaults(defaults),
      m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    setWindowTitle(QStringLiteral(SPDC_DISPLAY_NAME));

    QFont headline = m_ui->emptyStateLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.4);
    headline.setBold(true);
    m_ui->emptyStateLabel->setFont(headline);

    m_ui->linkAccountAction->setShortcut(QKeySequence::New);
    m_ui->reloadAction->setShortcut(QKeySequence::Refresh);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->linkAccountAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->linkAccountButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->reloadAction, &QAction::triggered, this, &MainWindow::loadActiveProfile);
    connect(m_ui->retryLoadButton, &QPushButton::clicked, this, &MainWindow::loadActiveProfile);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->answerMessageButton, &QPushButton::clicked, this,
            &MainWindow::answerPendingMessage);

    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshTimes);

    loadActiveProfile();
}

MainWindow::~MainWindow() = default;

void MainWindow::setClock(std::function<QDateTime()> nowUtc)
{
    m_nowUtc = std::move(nowUtc);
    refreshTimes();
}

SetupWizard *MainWindow::setupWizard() const
{
    return m_wizard;
}

bool MainWindow::canLinkAccount() const
{
    return m_defaults.allowAddAccounts || !m_index->entries().isEmpty();
}

void MainWindow::updateLinkActions()
{
    // Disabled and labelled, not hidden, when the organisation decides (house style).
    const bool allowed = canLinkAccount();
    const QString managed = tr("Adding accounts is managed by your organisation.");
    m_ui->linkAccountAction->setEnabled(allowed);
    m_ui->linkAccountAction->setToolTip(allowed ? QString() : managed);
    m_ui->linkAccountButton->setEnabled(allowed);
    m_ui->emptyStateHintLabel->setText(
        allowed ? tr("Link this computer to your mobile phone number to receive its "
                     "configuration from your operator.")
                : managed + QLatin1Char(' ') + tr("Ask your IT department to set up spdc."));
}

void MainWindow::loadActiveProfile()
{
    updateLinkActions();
    const quint64 generation = ++m_loadGeneration;
    QString account = m_index->activeAccount();
    if (account.isEmpty()) {
        const QList<AccountIndex::Entry> entries = m_index->entries();
        if (!entries.isEmpty())
            account = entries.constFirst().account;
    }
    if (account.isEmpty()) {
        showEmptyState();
        return;
    }

    m_ui->contentStack->setCurrentWidget(m_ui->loadingPage);
    QPointer<MainWindow> self(this);
    m_store->load(account, [self, generation, account](Result<Profile> loaded) {
        if (!self || generation != self->m_loadGeneration)
            return;
        if (loaded) {
            self->showProfile(loaded.value());
        } else if (loaded.error().code == ErrorCode::NotFound) {
            // Known to the index, nothing in the keychain: linked but not configured.
            Profile unconfigured;
            unconfigured.identity = Identity::fromAccountId(account).ok()
                ? Identity::fromAccountId(account).value()
                : Identity();
            if (const auto entry = self->m_index->find(account))
                unconfigured.server = entry->server;
            self->showProfile(unconfigured);
            if (!unconfigured.identity.isValid())
                self->m_ui->accountLabel->setText(account);
        } else {
            self->showLoadError(account, loaded.error());
        }
    });
}

void MainWindow::openSetupWizard()
{
    if (!canLinkAccount())
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(m_store, m_index, m_defaults, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &SetupWizard::accountLinked, this, &MainWindow::loadActiveProfile);
    // Window-modal, no nested event loop.
    m_wizard->open();
}

void MainWindow::showEmptyState()
{
    m_profile.reset();
    m_refreshTimer.stop();
    m_ui->keychainBanner->hide();
    m_ui->contentStack->setCurrentWidget(m_ui->emptyStatePage);
    m_ui->linkAccountButton->setFocus();
    Q_EMIT activeProfileShown();
}

void MainWindow::showProfile(const Profile &profile)
{
    m_profile = profile;
    m_ui->keychainBanner->hide();
    m_ui->contentStack->setCurrentWidget(m_ui->accountPage);
    m_ui->accountLabel->setText(profile.identity.value());
    m_ui->versionLabel->setText(profile.version > 0 ? QString::number(profile.version)
                                                    : tr("None"));
    m_ui->serverLabel->setText(profile.server.toDisplayString());
    //: %1 is the device name, %2 its type (PC, Tablet or Other)
    m_ui->deviceLabel->setText(profile.friendlyName.isEmpty()
                                   ? DisplayFormat::deviceTypeText(profile.deviceType)
                                   : tr("%1 (%2)").arg(profile.friendlyName,
                                                       DisplayFormat::deviceTypeText(profile.deviceType)));
    m_ui->lastErrorLabel->setText(profile.lastError);
    m_ui->accountFormLayout->setRowVisible(m_ui->lastErrorLabel, !profile.lastError.isEmpty());
    // §2.2.3: a message closed without an answer keeps waiting for one.
    m_ui->accountFormLayout->setRowVisible(m_ui->answerMessageButton,
                                           profile.pendingMessage.has_value());

    m_ui->configurationTreeWidget->clear();
    if (!profile.document.isEmpty()) {
        const Result<ProvisioningDocument> document = ProvisioningDocument::parse(profile.document);
        if (document) {
            ConfigurationTree::fill(m_ui->configurationTreeWidget, document->characteristics());
        } else {
            auto *item = new QTreeWidgetItem(m_ui->configurationTreeWidget);
            item->setText(0, tr("The stored configuration could not be read."));
            item->setFirstColumnSpanned(true);
        }
    }
    refreshTimes();
    m_refreshTimer.start();
    Q_EMIT activeProfileShown();
}

void MainWindow::showLoadError(const QString &account, const Error &error)
{
    m_profile.reset();
    m_refreshTimer.stop();
    m_ui->keychainBannerLabel->setText(
        tr("%1 The account stays linked; its configuration is shown once the keychain can be "
           "read.").arg(error.userMessage));
    m_ui->keychainBanner->show();
    m_ui->contentStack->setCurrentWidget(m_ui->accountPage);
    m_ui->accountLabel->setText(account);
    m_ui->stateLabel->setText(tr("Unknown: the keychain cannot be read"));
    m_ui->versionLabel->setText(tr("Unknown"));
    m_ui->validityLabel->setText(tr("Unknown"));
    const std::optional<AccountIndex::Entry> entry = m_index->find(account);
    m_ui->serverLabel->setText(entry ? entry->server.toDisplayString() : QString());
    m_ui->deviceLabel->setText(tr("Unknown"));
    m_ui->accountFormLayout->setRowVisible(m_ui->lastErrorLabel, false);
    m_ui->accountFormLayout->setRowVisible(m_ui->answerMessageButton, false);
    m_ui->configurationTreeWidget->clear();
    Q_EMIT activeProfileShown();
}

void MainWindow::answerPendingMessage()
{
    if (!m_profile || !m_profile->pendingMessage)
        return;
    auto *dialog = new ServerMessageDialog(*m_profile->pendingMessage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> self(this);
    const Profile profile = *m_profile;
    connect(dialog, &QDialog::finished, this, [self, profile](int result) {
        if (!self || (result != QDialog::Accepted && result != ServerMessageDialog::Declined))
            return;
        // The answer's meaning (what Decline removes) is the profile's, in core.
        Profile answered = profile;
        if (result == QDialog::Accepted)
            answered.acceptMessage();
        else
            answered.rejectMessage();
        self->m_store->save(answered, [self](Status saved) {
            if (!self)
                return;
            if (!saved) {
                self->m_ui->keychainBannerLabel->setText(saved.error().userMessage);
                self->m_ui->keychainBanner->show();
                return;
            }
            self->loadActiveProfile();
        });
    });
    dialog->open();
}

void MainWindow::refreshTimes()
{
    if (!m_profile)
        return;
    const QDateTime now = m_nowUtc();
    m_ui->stateLabel->setText(DisplayFormat::stateText(profileState(*m_profile, now)));
    m_ui->validityLabel->setText(m_profile->hasConfiguration()
                                     ? DisplayFormat::validity(m_profile->validityExpires, now)
                                     : tr("No configuration yet"));
}

} // namespace spdc
