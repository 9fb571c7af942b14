window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1700000000000000001",
      "created_at" : "Mon Mar 04 09:15:00 +0000 2024",
      "full_text" : "Great turnout at the Linthorpe ward litter pick &amp; thank you to every volunteer!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "id_str" : "1700000000000000002",
      "created_at" : "Fri Jun 14 18:40:00 +0000 2024",
      "full_text" : "Anyone who knows Dave, his mobile is 07912 345678, tell him to ring me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "id_str" : "1700000000000000003",
      "created_at" : "Tue Jan 07 12:00:00 +0000 2025",
      "full_text" : "You stupid worthless idiot, shut your mouth.",
      "lang" : "en"
    }
  }
]
