// Fonts ship with the deck: no request to Google Fonts, so it presents offline.
import '@fontsource/nunito-sans/latin-400.css'
import '@fontsource/nunito-sans/latin-400-italic.css'
import '@fontsource/nunito-sans/latin-700.css'
import '@fontsource/fira-code/latin-400.css'
import './palette.css'
import './deck.css'
