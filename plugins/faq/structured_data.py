"""schema.org FAQPage of /preguntas-frecuentes/: what search engines show as
questions and answers. The answer's text is its HTML, as schema.org allows."""

from __future__ import annotations


def faq_page(portal_url: str, site_name: str, topics) -> dict:
    page = f"{portal_url}/preguntas-frecuentes/"
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "@id": page,
        "url": page,
        "name": f"Preguntas frecuentes · {site_name}",
        "inLanguage": "es-MX",
        "mainEntity": [
            {
                "@type": "Question",
                "@id": f"{page}#{question.id}",
                "name": question.question,
                "about": topic.title,
                "acceptedAnswer": {
                    "@type": "Answer",
                    # links written from the site's root, made absolute
                    "text": question.answer_html.replace('href="/', f'href="{portal_url}/'),
                    "url": f"{page}#{question.id}",
                    "citation": [
                        f"{portal_url}/{source.url}" for source in question.sources
                    ],
                },
            }
            for topic in topics
            for question in topic.questions
        ],
    }
