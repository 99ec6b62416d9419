# Branding in one place: the app id names the keychain service, the settings
# organisation, the .desktop file and the AppStream metainfo.
set(SPDC_VERSION "0.1.0")
set(SPDC_APP_ID "org.spdc.spdc")
set(SPDC_ORGANIZATION "spdc")
set(SPDC_ORGANIZATION_DOMAIN "spdc.org")
set(SPDC_DISPLAY_NAME "spdc")
