#include "MainWindow.h"

#include "AccountIndex.h"
#include "AccountManager.h"
#include "AccountQuery.h"
#include "AccountSwitcher.h"
#include "AutostartEntry.h"
#include "Branding.h"
#include "ConfigurationTree.h"
#include "DecisionPrompter.h"
#include "DisplayFormat.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace spdc {

namespace {

constexpr int RefreshIntervalMs = 60 * 1000;
constexpr int StatusMessageMs = 5000;

// The Exec= line of the autostart entry: the bare program name when that is what the PATH
// finds (an installed spdc), else the full path, quoted as the Desktop Entry spec wants.
QString autostartCommand()
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QString found = QStandardPaths::findExecutable(program.fileName());
    QString exec;
    if (!found.isEmpty() && QFileInfo(found).canonicalFilePath() == program.canonicalFilePath()) {
        exec = program.fileName();
    } else {
        exec = program.absoluteFilePath();
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9/._+-]+$"));
        if (!plain.match(exec).hasMatch()) {
            QString quoted;
            for (const QChar c : exec) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    quoted += u'\\';
                quoted += c;
            }
            // The file format escapes each backslash once more.
            exec = u'"' + quoted.replace(u'\\', QLatin1String("\\\\")) + u'"';
        }
    }
    return exec + QLatin1String(" --minimized");
}

// Shows an item and everything below it.
void showSubtree(QTreeWidgetItem *item)
{
    item->setHidden(false);
    for (int i = 0; i < item->childCount(); ++i)
        showSubtree(item->child(i));
}

// Keeps what matches (with everything below it) and the parents of matches.
bool filterItem(QTreeWidgetItem *item, const QString &text)
{
    const bool secret = item->data(0, ConfigurationTree::SecretRole).toBool();
    const bool matches = item->text(0).contains(text, Qt::CaseInsensitive)
        || (!secret && item->text(1).contains(text, Qt::CaseInsensitive));
    if (matches) {
        showSubtree(item);
        return true;
    }
    bool anyChild = false;
    for (int i = 0; i < item->childCount(); ++i)
        anyChild = filterItem(item->child(i), text) || anyChild;
    item->setHidden(!anyChild);
    return anyChild;
}

} // namespace

MainWindow::MainWindow(AccountManager *accounts, const FlowDefaults &defaults,
                       RenewalScheduler *scheduler, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_accounts(accounts),
      m_scheduler(scheduler),
      m_defaults(defaults),
      m_nowUtc([] { return QDateTime::currentDateTimeUtc(); }),
      m_decisions(new DecisionPrompter(this)),
      m_autostart(std::make_unique<AutostartEntry>(QStringLiteral(SPDC_APP_ID),
                                                   QStringLiteral(SPDC_DISPLAY_NAME),
                                                   autostartCommand()))
{
    m_ui->setupUi(this);
    setWindowTitle(QStringLiteral(SPDC_DISPLAY_NAME));

    QFont headline = m_ui->emptyStateLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.4);
    headline.setBold(true);
    m_ui->emptyStateLabel->setFont(headline);

    m_ui->addAccountAction->setShortcut(QKeySequence::New);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->addAccountAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->linkAccountButton, &QPushButton::clicked, this, &MainWindow::openSetupWizard);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshNow);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MainWindow::refreshNow);
    connect(m_ui->removeAccountAction, &QAction::triggered, this, &MainWindow::removeActiveAccount);
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, &MainWindow::removeActiveAccount);
    connect(m_ui->resetAccountAction, &QAction::triggered, this, &MainWindow::resetActiveAccount);
    connect(m_ui->resetAccountButton, &QPushButton::clicked, this, &MainWindow::resetActiveAccount);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->answerMessageButton, &QPushButton::clicked, this,
            &MainWindow::answerPendingMessage);
    connect(m_ui->cancelQueryButton, &QPushButton::clicked, this, [this] {
        if (!m_query || m_query->isStoring())
            return;
        // The user's cancel is no failed attempt: the scheduler is not told (cancelQuery
        // disconnects before the flow reports it).
        cancelQuery();
        m_queryStatus = tr("The check with your operator was cancelled.");
        updateRenewalStatus();
    });
    connect(m_ui->retryLoadButton, &QPushButton::clicked, this, [this] {
        m_ui->keychainBanner->hide();
        if (std::exchange(m_retryLoadAll, false))
            loadAllStates();
        if (!m_profile)
            loadActiveProfile();
    });

    // The switcher reads the other accounts' states only when the user opens it (§4.2.1: at
    // start-up only the active account is read).
    connect(m_ui->accountComboBox, &AccountSwitcher::popupAboutToShow, this,
            &MainWindow::loadAllStates);
    connect(m_ui->accountComboBox, &AccountSwitcher::accountChosen, this,
            &MainWindow::switchToAccount);
    connect(m_accounts, &AccountManager::accountsChanged, this, &MainWindow::updateAccountList);
    connect(m_accounts, &AccountManager::activeAccountChanged, this,
            &MainWindow::onActiveAccountChanged);
    if (m_scheduler)
        connect(m_scheduler, &RenewalScheduler::renewalDue, this, &MainWindow::onRenewalDue);

    // The configuration viewer: filter, and "Copy value" that never reaches the token.
    connect(m_ui->configurationFilterLineEdit, &QLineEdit::textChanged, this,
            &MainWindow::applyConfigurationFilter);
    m_ui->copyValueAction->setShortcut(QKeySequence::Copy);
    m_ui->copyValueAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->configurationTreeWidget->addAction(m_ui->copyValueAction);
    m_ui->configurationTreeWidget->installEventFilter(this);
    connect(m_ui->copyValueAction, &QAction::triggered, this, &MainWindow::copySelectedValue);
    connect(m_ui->configurationTreeWidget, &QTreeWidget::currentItemChanged, this,
            &MainWindow::updateCopyAction);
    updateCopyAction();

    if (AutostartEntry::isSupported()) {
        m_ui->startAtLoginAction->setChecked(m_autostart->isEnabled());
        connect(m_ui->startAtLoginAction, &QAction::toggled, this, &MainWindow::setStartAtLogin);
    } else {
        // No autostart folder to write to on this platform.
        m_ui->startAtLoginAction->setVisible(false);
        m_ui->settingsMenu->menuAction()->setVisible(false);
    }

    updateBannerColours();
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshTimes);

    loadActiveProfile();
}

MainWindow::~MainWindow()
{
    cancelQuery();
}

void MainWindow::setClock(std::function<QDateTime()> nowUtc)
{
    m_nowUtc = std::move(nowUtc);
    m_accounts->setClock(m_nowUtc);
    refreshTimes();
}

SetupWizard *MainWindow::setupWizard() const
{
    return m_wizard;
}

AccountQuery *MainWindow::runningQuery() const
{
    return m_query;
}

bool MainWindow::canLinkAccount() const
{
    return m_defaults.allowAddAccounts;
}

void MainWindow::updateActions()
{
    const bool hasAccounts = !m_accounts->index()->entries().isEmpty();
    const bool hasActive = !m_shownAccount.isEmpty();
    const bool querying = m_query != nullptr;
    const bool storing = m_query && m_query->isStoring();

    // Disabled and labelled, not hidden, when the organisation decides (house style).
    const bool allowed = canLinkAccount();
    const QString managed = tr("Managed by your organisation: adding accounts is not allowed "
                               "on this computer.");
    for (QWidget *button : {static_cast<QWidget *>(m_ui->addAccountButton),
                            static_cast<QWidget *>(m_ui->linkAccountButton)}) {
        button->setEnabled(allowed);
        button->setToolTip(allowed ? QString() : managed);
    }
    m_ui->addAccountAction->setEnabled(allowed);
    m_ui->addAccountAction->setToolTip(allowed ? QString() : managed);
    m_ui->emptyStateHintLabel->setText(
        allowed ? tr("Link this computer to your mobile phone number to receive its "
                     "configuration from your operator.")
                : tr("Adding accounts is managed by your organisation.") + QLatin1Char(' ')
                      + tr("Ask your IT department to set up spdc."));

    m_ui->accountBar->setVisible(hasAccounts);
    const bool canRefresh = hasActive && !querying && !m_accountBusy;
    m_ui->refreshButton->setEnabled(canRefresh);
    m_ui->refreshAction->setEnabled(canRefresh);
    const bool canChange = hasActive && !storing && !m_accountBusy;
    m_ui->removeAccountButton->setEnabled(canChange);
    m_ui->removeAccountAction->setEnabled(canChange);
    m_ui->resetAccountButton->setEnabled(canChange);
    m_ui->resetAccountAction->setEnabled(canChange);
    m_ui->accountComboBox->setEnabled(!m_accountBusy);
    updateQueryControls();
}

void MainWindow::updateQueryControls()
{
    // A query in progress is seen working and can be stopped, except while the keychain
    // write that ends it cannot be interrupted.
    const bool querying = m_query != nullptr;
    m_ui->queryProgressBar->setVisible(querying);
    m_ui->cancelQueryButton->setVisible(querying);
    m_ui->cancelQueryButton->setEnabled(querying && !m_query->isStoring());
}

void MainWindow::updateAccountList()
{
    m_ui->accountComboBox->setAccounts(m_accounts->accounts(), m_nowUtc());
    updateActions();
}

void MainWindow::loadAllStates()
{
    QPointer<MainWindow> self(this);
    m_accounts->loadAll([self](Status loaded) {
        if (!self)
            return;
        self->updateAccountList();
        if (!loaded) {
            // The list stays: the accounts are known from the index even when locked.
            self->m_retryLoadAll = true;
            self->showBanner(tr("%1 The states of your other accounts are shown once the "
                                "keychain can be read.").arg(loaded.error().userMessage));
        }
    });
}

void MainWindow::loadActiveProfile()
{
    QString account = m_accounts->activeAccount();
    if (account.isEmpty()) {
        const QList<AccountIndex::Entry> entries = m_accounts->index()->entries();
        if (!entries.isEmpty()) {
            // An index without an active entry (edited by hand): the first one is.
            account = entries.constFirst().account;
            m_accounts->index()->setActiveAccount(account);
            m_accounts->index()->sync();
        }
    }
    const quint64 generation = ++m_loadGeneration;
    if (account.isEmpty()) {
        showEmptyState();
        return;
    }
    if (account != m_shownAccount || !m_profile)
        clearAccountView(account);
    updateAccountList();

    QPointer<MainWindow> self(this);
    m_accounts->profile(account, [self, generation, account](Result<Profile> loaded) {
        if (!self || generation != self->m_loadGeneration || account != self->m_shownAccount)
            return;
        if (loaded) {
            self->showProfile(loaded.value());
            Q_EMIT self->activeProfileLoaded();
        } else if (loaded.error().code == ErrorCode::NotFound) {
            self->showNotStored(account);
        } else {
            self->m_queryAfterLoad = false;
            self->showLoadError(account, loaded.error());
            return;
        }
        self->updateAccountList();
        if (std::exchange(self->m_queryAfterLoad, false))
            self->restoreBackupThenQuery(account);
    });
}

void MainWindow::restoreBackupThenQuery(const QString &account)
{
    QPointer<MainWindow> self(this);
    m_accounts->restoreBackupIfReset(account, [self, account](Result<bool> restored) {
        if (!self || account != self->m_shownAccount)
            return;
        if (!restored) {
            // A keychain that cannot be read now: no first-time request over a backup.
            self->showLoadError(account, restored.error());
            return;
        }
        if (restored.value()) {
            self->statusBar()->showMessage(
                tr("Restored the previous configuration of %1 from its backup.").arg(account),
                StatusMessageMs);
            // Show the restored configuration, then query with its token (not reset any more,
            // so this runs once).
            self->m_queryAfterLoad = true;
            self->loadActiveProfile();
            return;
        }
        self->startQuery(RenewalScheduler::Trigger::User);
    });
}

void MainWindow::clearAccountView(const QString &account)
{
    // One account's data is never shown while another is active: everything goes first.
    m_shownAccount = account;
    m_profile.reset();
    m_queryStatus.clear();
    if (m_scheduler)
        m_scheduler->setProfile(std::nullopt);
    m_refreshTimer.stop();
    m_ui->accountLabel->setText(account);
    for (QLabel *label : {m_ui->stateLabel, m_ui->versionLabel, m_ui->validityLabel,
                          m_ui->serverLabel, m_ui->deviceLabel, m_ui->lastErrorLabel,
                          m_ui->renewalStatusLabel})
        label->clear();
    m_ui->configurationTreeWidget->clear();
    m_ui->filterNoMatchLabel->hide();
    m_ui->contentStack->setCurrentWidget(m_ui->loadingPage);
    updateActions();
}

void MainWindow::onActiveAccountChanged(const QString &account)
{
    if (account == m_shownAccount && m_profile) {
        updateAccountList();
        return;
    }
    if (m_query && m_query->account() != account)
        cancelQuery();
    loadActiveProfile();
}

void MainWindow::switchToAccount(const QString &account)
{
    if (account.isEmpty() || account == m_accounts->activeAccount())
        return;
    if (m_query && m_query->isStoring()) {
        // The flow ends by making its account active: switch once it has.
        m_pendingSwitch = account;
        return;
    }
    cancelQuery();
    m_queryAfterLoad = true;
    // Emits activeAccountChanged: the view is cleared and the new account read.
    if (const Status switched = m_accounts->switchTo(account); !switched) {
        m_queryAfterLoad = false;
        updateAccountList();
        statusBar()->showMessage(switched.error().userMessage, StatusMessageMs);
    }
}

void MainWindow::openSetupWizard()
{
    if (!canLinkAccount()) {
        statusBar()->showMessage(tr("Managed by your organisation: adding accounts is not "
                                    "allowed on this computer."),
                                 StatusMessageMs);
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(m_accounts->store(), m_accounts->index(), m_defaults, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_backupCheckedFor.clear();
    connect(m_wizard, &SetupWizard::accountLinked, this, &MainWindow::onAccountLinked);
    // The wizard's flow also stores without succeeding (a message left unanswered or
    // declined, a switch-off, a 403 on a stored account) and makes that account active.
    connect(m_wizard, &QDialog::finished, this, [this] {
        if (m_wizard)
            onWizardClosed(m_wizard->flowSettings().identity.accountId());
    });
    // §2.2.4 5, §4.2.1: once the identity is known, a still-valid backup is restored instead
    // of a first-time configuration (as spdc-cli link does). The device page comes after the
    // identity and before the linking page starts its flow. A §2.6 code is the user's explicit
    // new configuration: no restore then, as in the CLI.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (!m_wizard || id != SetupWizard::DevicePageId)
            return;
        const FlowSettings settings = m_wizard->flowSettings();
        if (!settings.dedicatedOtp)
            checkBackupFor(settings.identity);
    });
    // Window-modal, no nested event loop.
    m_wizard->open();
}

void MainWindow::checkBackupFor(const Identity &identity)
{
    const QString account = identity.accountId();
    if (!identity.isValid() || account == m_backupCheckedFor)
        return;
    m_backupCheckedFor = account;
    QPointer<MainWindow> self(this);
    m_accounts->profile(account, [self, account](Result<Profile> current) {
        if (!self)
            return;
        // Unreadable: the wizard's flow reports it. Configured: its flow asks with the token.
        if (!current && current.error().code != ErrorCode::NotFound)
            return;
        if (current && current->hasConfiguration())
            return;
        self->m_accounts->restoreBackup(account, [self, account](Result<bool> restored) {
            if (!self || !restored || !restored.value())
                return;
            self->m_accounts->profile(account, [self, account](Result<Profile> profile) {
                if (!self || !profile)
                    return;
                AccountIndex *index = self->m_accounts->index();
                index->upsert({account, profile->server});
                index->sync();
                // Nothing is left for the wizard to do, unless its flow has already started.
                if (self->m_wizard
                    && self->m_wizard->currentId() < SetupWizard::LinkingPageId
                    && self->m_wizard->flowSettings().identity.accountId() == account)
                    self->m_wizard->reject();
                self->cancelQuery();
                if (self->m_accounts->activeAccount() == account) {
                    self->clearAccountView(account);
                    self->loadActiveProfile();
                } else {
                    // Restored, not chosen: no query (CLI link: "nothing was sent").
                    (void)self->m_accounts->switchTo(account);
                }
                self->updateAccountList();
                self->m_queryStatus =
                    tr("Restored the previous configuration of %1 from its backup; nothing "
                       "was sent to your operator.").arg(account);
                self->updateRenewalStatus();
            });
        });
    });
}

void MainWindow::onAccountLinked(const Profile &profile)
{
    // The wizard's flow stored the profile and made its account active.
    m_accounts->remember(profile);
    if (m_query && m_query->account() != profile.accountId())
        cancelQuery();
    loadActiveProfile();
}

void MainWindow::onWizardClosed(const QString &account)
{
    // The index and the keychain are the truth: read back what the wizard's account has now.
    QPointer<MainWindow> self(this);
    const auto follow = [self, account] {
        if (!self)
            return;
        self->updateAccountList();
        const QString active = self->m_accounts->activeAccount();
        if (active != self->m_shownAccount) {
            if (self->m_query && self->m_query->account() != active)
                self->cancelQuery();
            self->loadActiveProfile();
        } else if (account == self->m_shownAccount && !self->m_query) {
            self->reloadShownProfile();
        }
    };
    if (account.isEmpty()) {
        follow();
        return;
    }
    m_accounts->store()->load(account, [self, follow](Result<Profile> loaded) {
        if (self && loaded)
            self->m_accounts->remember(loaded.value());
        follow();
    });
}

void MainWindow::refreshNow()
{
    startQuery(RenewalScheduler::Trigger::User);
}

void MainWindow::onRenewalDue(RenewalScheduler::Trigger trigger)
{
    // The scheduler has decided (§2.2.4); a query already running answers it.
    if (m_query)
        return;
    startQuery(trigger);
}

void MainWindow::startQuery(RenewalScheduler::Trigger trigger)
{
    const QString account = m_accounts->activeAccount();
    if (account.isEmpty() || account != m_shownAccount || m_query || m_accountBusy)
        return;
    const bool user = trigger == RenewalScheduler::Trigger::User;
    if (user && m_profile) {
        // The user asked: only a permanent switch-off (Table 4) stops this query, and the
        // window says why nothing was sent.
        const RenewalScheduler::Decision decision = RenewalScheduler::decide(
            *m_profile, trigger, m_nowUtc(), m_scheduler ? m_scheduler->failuresThisRun() : 0);
        if (!decision.query) {
            m_queryStatus = tr("Nothing was sent: %1").arg(decision.reason);
            updateRenewalStatus();
            return;
        }
    }

    const Result<Identity> identity = Identity::fromAccountId(account);
    if (!identity)
        return;
    FlowSettings settings;
    settings.identity = identity.value();
    if (m_profile) {
        settings.server = m_profile->server;
        settings.deviceType = m_profile->deviceType;
        settings.friendlyName = m_profile->friendlyName;
    } else {
        if (const std::optional<AccountIndex::Entry> entry = m_accounts->index()->find(account))
            settings.server = entry->server;
        settings.deviceType = m_defaults.deviceType.value_or(DeviceType::PC);
        settings.friendlyName = m_defaults.friendlyName.value_or(QString());
    }
    settings.locale = m_defaults.locale;
    settings.extraCa = m_defaults.extraCa;
    settings.timeout = m_defaults.timeout;
    settings.otpTimeout = m_defaults.otpTimeout;
    settings.newCodeInterval = m_defaults.newCodeInterval;

    m_query = new AccountQuery(m_accounts->store(), m_accounts->index(), settings, this, this);
    m_query->setObjectName(QStringLiteral("accountQuery"));
    connect(m_query, &AccountQuery::statusChanged, this, [this](const QString &text) {
        m_queryStatus = text;
        updateActions(); // Storing cannot be cancelled
        updateRenewalStatus();
    });
    connect(m_query, &AccountQuery::succeeded, this, [this] { onQueryOutcome(true, nullptr); });
    connect(m_query, &AccountQuery::failed, this,
            [this](const Error &error) { onQueryOutcome(false, &error); });
    connect(m_query, &AccountQuery::stored, this, &MainWindow::reloadShownProfile);
    connect(m_query, &AccountQuery::done, this, &MainWindow::onQueryDone);
    // The OTP dialog's "Change number": another identity is another account.
    connect(m_query, &AccountQuery::changeIdentityRequested, this, &MainWindow::openSetupWizard,
            Qt::QueuedConnection);
    m_queryStatus = tr("Asking your operator…");
    updateActions();
    updateRenewalStatus();
    m_query->start();
}

void MainWindow::onQueryOutcome(bool succeeded, const Error *error)
{
    // The server answered: a switch-off (Tables 3-5) or a declined message is no failure of
    // the exchange. A cancel by the user is no attempt at all.
    const bool cancelled = error && error->code == ErrorCode::Cancelled;
    const bool answered = succeeded
        || (error && (error->code == ErrorCode::DisabledByServer
                      || error->code == ErrorCode::MessageRejected));
    if (m_scheduler && !cancelled)
        m_scheduler->recordAttempt(answered);
    if (succeeded) {
        //: %1 is a date and time
        m_queryStatus = tr("Checked with your operator on %1.")
                            .arg(DisplayFormat::localDateTime(m_nowUtc()));
    } else if (cancelled && error->detail != QLatin1String("message unanswered")) {
        m_queryStatus = tr("The check with your operator was cancelled.");
    } else if (error) {
        m_queryStatus = error->userMessage;
    }
    updateRenewalStatus();
}

void MainWindow::onQueryDone()
{
    if (AccountQuery *query = qobject_cast<AccountQuery *>(sender())) {
        query->deleteLater();
        if (query == m_query)
            m_query = nullptr;
    }
    updateActions();
    updateRenewalStatus();
    if (!m_pendingSwitch.isEmpty())
        switchToAccount(std::exchange(m_pendingSwitch, QString()));
}

void MainWindow::cancelQuery()
{
    if (!m_query)
        return;
    AccountQuery *query = m_query;
    m_query = nullptr;
    query->disconnect(this);
    query->cancel();
    query->deleteLater();
    updateActions();
}

void MainWindow::reloadShownProfile()
{
    // What the flow stored, read back: the store is the truth (a failure also counts there).
    const QString account = m_shownAccount;
    if (account.isEmpty())
        return;
    const quint64 generation = ++m_loadGeneration;
    QPointer<MainWindow> self(this);
    m_accounts->store()->load(account, [self, account, generation](Result<Profile> loaded) {
        if (!self)
            return;
        if (loaded)
            self->m_accounts->remember(loaded.value());
        if (generation != self->m_loadGeneration || account != self->m_shownAccount)
            return;
        if (loaded)
            self->showProfile(loaded.value());
        else if (loaded.error().code != ErrorCode::NotFound)
            self->showBanner(loaded.error().userMessage);
    });
}

void MainWindow::showEmptyState()
{
    cancelQuery();
    m_shownAccount.clear();
    m_profile.reset();
    m_queryStatus.clear();
    if (m_scheduler)
        m_scheduler->setProfile(std::nullopt);
    m_refreshTimer.stop();
    m_ui->keychainBanner->hide();
    m_ui->contentStack->setCurrentWidget(m_ui->emptyStatePage);
    m_ui->linkAccountButton->setFocus();
    updateAccountList();
    Q_EMIT activeProfileShown();
}

void MainWindow::showProfile(const Profile &profile)
{
    m_profile = profile;
    if (m_scheduler)
        m_scheduler->setProfile(profile);
    m_ui->keychainBanner->hide();
    m_ui->contentStack->setCurrentWidget(m_ui->accountPage);
    m_ui->accountLabel->setText(profile.identity.isValid() ? profile.identity.value()
                                                           : m_shownAccount);
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

    // The current row survives a reload of the same configuration (a renewal).
    QString currentPath;
    for (QTreeWidgetItem *item = m_ui->configurationTreeWidget->currentItem(); item;
         item = item->parent())
        currentPath.prepend(item->text(0) + QLatin1Char('/'));
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
    if (!currentPath.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_ui->configurationTreeWidget); *it; ++it) {
            QString path;
            for (QTreeWidgetItem *item = *it; item; item = item->parent())
                path.prepend(item->text(0) + QLatin1Char('/'));
            if (path == currentPath) {
                m_ui->configurationTreeWidget->setCurrentItem(*it);
                break;
            }
        }
    }
    applyConfigurationFilter();
    updateCopyAction();
    refreshTimes();
    m_refreshTimer.start();
    updateActions();
    Q_EMIT activeProfileShown();
}

void MainWindow::showNotStored(const QString &account)
{
    // Known to the index, nothing in the keychain: linked but not configured.
    Profile unconfigured;
    const Result<Identity> identity = Identity::fromAccountId(account);
    if (identity)
        unconfigured.identity = identity.value();
    if (const std::optional<AccountIndex::Entry> entry = m_accounts->index()->find(account))
        unconfigured.server = entry->server;
    showProfile(unconfigured);
    // Nothing stored: nothing for the scheduler to renew.
    m_profile.reset();
    if (m_scheduler)
        m_scheduler->setProfile(std::nullopt);
    m_ui->stateLabel->setText(DisplayFormat::stateText(ProfileState::Unconfigured));
    m_ui->validityLabel->setText(tr("No configuration yet"));
}

void MainWindow::showLoadError(const QString &account, const Error &error)
{
    m_profile.reset();
    m_refreshTimer.stop();
    showBanner(tr("%1 The account stays linked; its configuration is shown once the keychain "
                  "can be read.").arg(error.userMessage));
    m_ui->contentStack->setCurrentWidget(m_ui->accountPage);
    m_ui->accountLabel->setText(account);
    m_ui->stateLabel->setText(tr("Unknown: the keychain cannot be read"));
    m_ui->versionLabel->setText(tr("Unknown"));
    m_ui->validityLabel->setText(tr("Unknown"));
    const std::optional<AccountIndex::Entry> entry = m_accounts->index()->find(account);
    m_ui->serverLabel->setText(entry ? entry->server.toDisplayString() : QString());
    m_ui->deviceLabel->setText(tr("Unknown"));
    m_ui->accountFormLayout->setRowVisible(m_ui->lastErrorLabel, false);
    m_ui->accountFormLayout->setRowVisible(m_ui->answerMessageButton, false);
    m_ui->configurationTreeWidget->clear();
    updateRenewalStatus();
    updateActions();
    Q_EMIT activeProfileShown();
}

void MainWindow::showBanner(const QString &text)
{
    m_ui->keychainBannerLabel->setText(text);
    m_ui->keychainBanner->show();
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
        self->m_accounts->store()->save(answered, [self, answered](Status saved) {
            if (!self)
                return;
            if (!saved) {
                self->showBanner(saved.error().userMessage);
                return;
            }
            self->m_accounts->remember(answered);
            if (answered.accountId() == self->m_shownAccount)
                self->showProfile(answered);
        });
    });
    dialog->open();
}

void MainWindow::removeActiveAccount()
{
    const QString account = m_shownAccount;
    if (account.isEmpty() || m_accountBusy)
        return;
    DecisionPrompter::Question question;
    question.title = tr("Remove account");
    question.text = tr("Remove %1 from this computer?").arg(account);
    question.informativeText =
        tr("Its configuration, its token and its backups are deleted from your keychain. To "
           "use it again you link it again, with a new code sent to your phone.");
    question.acceptText = tr("&Remove");
    question.destructive = true;
    QPointer<MainWindow> self(this);
    m_decisions->ask(question, [self, account](bool accepted) {
        if (!self || !accepted || !self->m_accounts->index()->find(account))
            return;
        if (self->m_query && self->m_query->account() == account)
            self->cancelQuery();
        self->m_accountBusy = true;
        self->updateActions();
        self->m_accounts->remove(account, [self, account](Status removed) {
            if (!self)
                return;
            self->m_accountBusy = false;
            self->updateActions();
            if (!removed) {
                self->showBanner(tr("%1 was not removed: %2").arg(account, removed.error().userMessage));
                return;
            }
            // AccountManager announced the new active account (or none): the view follows.
            self->statusBar()->showMessage(tr("Removed %1 and everything stored for it.").arg(account),
                                           StatusMessageMs);
        });
    });
}

void MainWindow::resetActiveAccount()
{
    const QString account = m_shownAccount;
    if (account.isEmpty() || m_accountBusy)
        return;
    DecisionPrompter::Question question;
    question.title = tr("Reset account");
    question.text = tr("Reset %1?").arg(account);
    question.informativeText =
        tr("Its configuration and token are removed from this computer and kept as a backup. "
           "Adding the account again restores the backup while it is still valid; otherwise "
           "a new code is sent to your phone.");
    question.acceptText = tr("R&eset");
    question.destructive = true;
    QPointer<MainWindow> self(this);
    m_decisions->ask(question, [self, account](bool accepted) {
        if (!self || !accepted || !self->m_accounts->index()->find(account))
            return;
        if (self->m_query && self->m_query->account() == account)
            self->cancelQuery();
        self->m_accountBusy = true;
        self->updateActions();
        self->m_accounts->reset(account, [self, account](Status reset) {
            if (!self)
                return;
            self->m_accountBusy = false;
            self->updateActions();
            if (!reset) {
                self->showBanner(tr("%1 was not reset: %2").arg(account, reset.error().userMessage));
                return;
            }
            self->updateAccountList();
            if (account == self->m_shownAccount)
                self->reloadShownProfile();
            self->m_queryStatus =
                tr("The configuration was removed and kept as a backup.");
            self->updateRenewalStatus();
        });
    });
}

void MainWindow::refreshTimes()
{
    updateAccountList();
    if (!m_profile)
        return;
    const QDateTime now = m_nowUtc();
    m_ui->stateLabel->setText(DisplayFormat::stateText(profileState(*m_profile, now)));
    m_ui->validityLabel->setText(m_profile->hasConfiguration()
                                     ? DisplayFormat::validity(m_profile->validityExpires, now)
                                     : tr("No configuration yet"));
    updateRenewalStatus();
}

void MainWindow::updateRenewalStatus()
{
    QStringList parts;
    if (!m_queryStatus.isEmpty())
        parts.append(m_queryStatus);
    if (!m_query && m_profile) {
        // What happens next without the user, in the scheduler's words (§2.2.4).
        const int failures = m_scheduler ? m_scheduler->failuresThisRun() : 0;
        const QDateTime now = m_nowUtc();
        const RenewalScheduler::Decision next = RenewalScheduler::decide(
            *m_profile, RenewalScheduler::Trigger::Timer, now, failures);
        if (failures >= RenewalScheduler::MaxAutomaticFailures)
            parts.append(next.reason);
        else if (profileState(*m_profile, now) == ProfileState::Configured)
            parts.append(tr("Renewed automatically when it expires."));
        else if (!next.query && !parts.contains(next.reason))
            parts.append(next.reason);
    }
    const QString text = parts.join(QLatin1Char(' '));
    m_ui->renewalStatusLabel->setText(text);
    // Showing the row shows everything in it: the query's controls are set again after.
    m_ui->accountFormLayout->setRowVisible(m_ui->renewalStatusLayout,
                                           !text.isEmpty() || m_query);
    updateQueryControls();
}

void MainWindow::applyConfigurationFilter()
{
    QTreeWidget *tree = m_ui->configurationTreeWidget;
    const QString text = m_ui->configurationFilterLineEdit->text().trimmed();
    bool any = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (text.isEmpty()) {
            showSubtree(item);
            any = true;
        } else {
            any = filterItem(item, text) || any;
        }
    }
    const bool noMatch = !text.isEmpty() && !any && tree->topLevelItemCount() > 0;
    m_ui->filterNoMatchLabel->setText(noMatch ? tr("Nothing in the configuration matches \"%1\".").arg(text)
                                              : QString());
    m_ui->filterNoMatchLabel->setVisible(noMatch);
    if (QTreeWidgetItem *current = tree->currentItem(); current && current->isHidden())
        tree->setCurrentItem(nullptr);
    updateCopyAction();
}

void MainWindow::updateCopyAction()
{
    m_ui->copyValueAction->setEnabled(
        ConfigurationTree::isCopyableValue(m_ui->configurationTreeWidget->currentItem()));
}

void MainWindow::copySelectedValue()
{
    const QTreeWidgetItem *item = m_ui->configurationTreeWidget->currentItem();
    if (!item)
        return;
    if (!ConfigurationTree::isCopyableValue(item)) {
        if (item->data(0, ConfigurationTree::SecretRole).toBool())
            statusBar()->showMessage(tr("The token stays in your keychain: it is never copied."),
                                     StatusMessageMs);
        return;
    }
    QGuiApplication::clipboard()->setText(item->text(1));
    statusBar()->showMessage(tr("Copied the value of %1.").arg(item->text(0)), StatusMessageMs);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+C on the tree is "Copy value" (the view would copy the current cell's text).
    if (watched == m_ui->configurationTreeWidget && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelectedValue();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateBannerColours();
}

void MainWindow::updateBannerColours()
{
    // From the palette, light or dark alike: a hint of red over the window colour, the
    // palette's own text colour on it (a fixed light pink made white text unreadable).
    QPalette palette = this->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor alert(220, 50, 47);
    constexpr qreal tint = 0.15;
    const QColor background = QColor::fromRgbF(
        window.redF() * (1 - tint) + alert.redF() * tint,
        window.greenF() * (1 - tint) + alert.greenF() * tint,
        window.blueF() * (1 - tint) + alert.blueF() * tint);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::Base, background);
    const QSignalBlocker blocker(m_ui->keychainBanner);
    m_ui->keychainBanner->setPalette(palette);
}

void MainWindow::setStartAtLogin(bool enabled)
{
    if (const Status written = m_autostart->setEnabled(enabled); !written) {
        const QSignalBlocker blocker(m_ui->startAtLoginAction);
        m_ui->startAtLoginAction->setChecked(m_autostart->isEnabled());
        statusBar()->showMessage(written.error().userMessage, StatusMessageMs);
    }
}

} // namespace spdc
