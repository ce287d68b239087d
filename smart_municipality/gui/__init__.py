"""Every Qt widget of the plugin: dock panels, dialogs, map tools and the settings page. Long work runs in QgsTask."""
