<?xml version="1.0" encoding="UTF-8"?>
<!-- What a browser shows when someone opens one of our RSS or Atom feeds:
     a Spanish page that says what a feed is and how to subscribe, with the
     latest items. Feed readers ignore this file and read the feed itself. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
    exclude-result-prefixes="atom itunes">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <!-- This file's own address, from the feed's instruction: the page's CSS sits beside it. -->
  <xsl:variable name="instruction" select="/processing-instruction('xml-stylesheet')"/>
  <xsl:variable name="xsl-href" select="substring-before(substring-after($instruction, 'href=&quot;'), '&quot;')"/>
  <xsl:variable name="css-href" select="concat(substring-before($xsl-href, 'fuente.xsl'), 'fuente.css')"/>
  <xsl:variable name="icon-href" select="concat(substring-before($xsl-href, 'feeds/fuente.xsl'), '../favicon.svg')"/>
  <xsl:variable name="is-atom" select="boolean(/atom:feed)"/>
  <!-- A podcast (the fonoteca's, or the radio stations' feed) is opened in a podcast app. -->
  <xsl:variable name="is-podcast" select="boolean(/rss/channel/itunes:image)"/>
  <xsl:variable name="is-blocked" select="/rss/channel/itunes:block = 'Yes'"/>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="subtitle" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
  <xsl:variable name="format">
    <xsl:choose><xsl:when test="$is-atom">Atom</xsl:when><xsl:otherwise>RSS</xsl:otherwise></xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <html lang="es-MX">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <xsl:if test="$is-blocked"><meta name="robots" content="noindex"/></xsl:if>
        <title>Fuente <xsl:value-of select="$format"/>: <xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <link rel="icon" href="{$icon-href}" type="image/svg+xml"/>
      </head>
      <body>
        <main class="feed-page">
          <p class="feed-kind">Fuente <xsl:value-of select="$format"/> para lectores de noticias</p>
          <h1><xsl:value-of select="$title"/></h1>
          <p class="feed-lead"><xsl:value-of select="$subtitle"/>.</p>
          <section aria-labelledby="que-es">
            <h2 id="que-es">¿Qué es esta página?</h2>
            <p>Es una fuente de noticias: la lista de lo más reciente, en un formato que leen las aplicaciones de noticias y los sistemas de las redacciones. Si se suscribe, cada publicación nueva le llega sola, con su resumen, su texto y sus imágenes con crédito; no necesita volver a esta página.</p>
          </section>
          <section aria-labelledby="suscribirse">
            <h2 id="suscribirse">Cómo suscribirse</h2>
            <ol>
              <li>Copie esta dirección:
                <label class="feed-address-label" for="direccion">Dirección de la fuente</label>
                <input class="feed-address" id="direccion" type="text" readonly="readonly" value="{$self}"/>
                <span class="feed-hint">En el teléfono, mantenga presionado el cuadro y elija «Copiar»; en la computadora, selecciónelo y copie.</span>
              </li>
              <xsl:choose>
                <xsl:when test="$is-podcast"><li>Abra su aplicación de podcasts (Apple Podcasts, AntennaPod, Pocket Casts, Podcast Addict u otra) o el sistema de audio de su estación y busque la opción para agregar un podcast por dirección (RSS).</li></xsl:when>
                <xsl:otherwise><li>Abra su lector de noticias (Feedly, Inoreader, NetNewsWire, Thunderbird u otro) o el sistema de su redacción y busque la opción para agregar una fuente o suscribirse por dirección.</li></xsl:otherwise>
              </xsl:choose>
              <li>Pegue la dirección y confirme.</li>
            </ol>
          </section>
          <section aria-labelledby="lo-mas-reciente">
            <h2 id="lo-mas-reciente">Lo más reciente</h2>
            <ol class="feed-items">
              <xsl:apply-templates select="/rss/channel/item[position() &lt;= 20] | /atom:feed/atom:entry[position() &lt;= 20]"/>
            </ol>
            <p><a href="{$home}">Ver todo en el sitio</a></p>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <a href="{link}"><xsl:value-of select="title"/></a>
      <span class="feed-date">
        <xsl:call-template name="rss-date"><xsl:with-param name="text" select="pubDate"/></xsl:call-template>
      </span>
      <p><xsl:value-of select="description"/></p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
      <span class="feed-date">
        <xsl:call-template name="spanish-date">
          <xsl:with-param name="day" select="number(substring(atom:published, 9, 2))"/>
          <xsl:with-param name="month" select="number(substring(atom:published, 6, 2))"/>
          <xsl:with-param name="year" select="substring(atom:published, 1, 4)"/>
        </xsl:call-template>
      </span>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>

  <!-- RFC 822 («Tue, 15 Jun 2021 11:00:00 -0500»), as feedgen writes it. -->
  <xsl:template name="rss-date">
    <xsl:param name="text"/>
    <xsl:variable name="abbr" select="substring($text, 9, 3)"/>
    <xsl:call-template name="spanish-date">
      <xsl:with-param name="day" select="number(substring($text, 6, 2))"/>
      <xsl:with-param name="month" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', $abbr)) div 3 + 1"/>
      <xsl:with-param name="year" select="substring($text, 13, 4)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="spanish-date">
    <xsl:param name="day"/>
    <xsl:param name="month"/>
    <xsl:param name="year"/>
    <xsl:variable name="names" select="'enero     febrero   marzo     abril     mayo      junio     julio     agosto    septiembreoctubre   noviembre diciembre '"/>
    <xsl:value-of select="concat($day, ' de ', normalize-space(substring($names, ($month - 1) * 10 + 1, 10)), ' de ', $year)"/>
  </xsl:template>
</xsl:stylesheet>
