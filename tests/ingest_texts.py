"""Short news-style texts in four languages, written for the ingest tests."""

from datetime import date

TODAY = date(2025, 6, 1)

ENGLISH = ("South Korea's foreign minister met his Japanese counterpart in Tokyo on Tuesday "
           "to discuss North Korea's missile programme and regional security.")
FRENCH = ("La France a condamné hier l'attaque contre un convoi humanitaire dans l'est de la "
          "République démocratique du Congo et appelé au respect du cessez-le-feu.")
GERMAN = ("Die Bundesregierung hat am Donnerstag den iranischen Botschafter in Berlin einbestellt, "
          "um gegen die Verurteilung eines deutschen Staatsbürgers zu protestieren.")
SPANISH = ("El ministro de Asuntos Exteriores de España se reunió el jueves en Rabat con su "
           "homólogo marroquí para preparar la próxima cumbre bilateral.")
