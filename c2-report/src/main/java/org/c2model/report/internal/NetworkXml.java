package org.c2model.report.internal;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.c2model.metrics.network.Affiliation;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.Tie;

/**
 * Writes a community network as GraphML or GEXF 1.3 (Gephi, Kumu, yEd) with the JDK's StAX writer,
 * which escapes every text: people by id with their affiliation, ties with their weight and the
 * date first observed (in GEXF as the edge's start, so Gephi's timeline shows the network grow).
 */
public final class NetworkXml {

  private NetworkXml() {}

  /**
   * Writes GraphML.
   *
   * @param network  the network, not null
   * @param out  where to write, not null
   * @throws XMLStreamException if writing fails
   */
  public static void graphml(CommunityNetwork network, Writer out) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    key(x, "affiliation", "node", "affiliation", "string");
    key(x, "weight", "edge", "weight", "double");
    key(x, "firstObserved", "edge", "firstObserved", "string");
    x.writeCharacters("\n");
    x.writeStartElement("graph");
    x.writeAttribute("id", "community-network");
    x.writeAttribute("edgedefault", "undirected");
    x.writeCharacters("\n");
    for (Map.Entry<String, Affiliation> p : new TreeMap<>(network.people()).entrySet()) {
      x.writeStartElement("node");
      x.writeAttribute("id", p.getKey());
      data(x, "affiliation", p.getValue().code());
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    int i = 0;
    for (Tie t : network.ties()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + i++);
      x.writeAttribute("source", t.first());
      x.writeAttribute("target", t.second());
      data(x, "weight", Double.toString(t.weight()));
      data(x, "firstObserved", t.firstObserved().toString());
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    finish(x, 2);
  }

  /** Ends the innermost open elements, each on its own line, and the document. */
  private static void finish(XMLStreamWriter x, int open) throws XMLStreamException {
    for (int i = 0; i < open; i++) {
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    x.writeEndDocument();
    x.close();
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  /**
   * Writes GEXF 1.3.
   *
   * @param network  the network, not null
   * @param asOf  the date the network is as of, not null
   * @param out  where to write, not null
   * @throws XMLStreamException if writing fails
   */
  public static void gexf(CommunityNetwork network, LocalDate asOf, Writer out) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("gexf");
    x.writeDefaultNamespace("http://gexf.net/1.3");
    x.writeAttribute("version", "1.3");
    x.writeCharacters("\n");
    x.writeStartElement("meta");
    x.writeAttribute("lastmodifieddate", asOf.toString());
    x.writeStartElement("description");
    x.writeCharacters("C2 community network as of " + asOf + " (people by id)");
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeStartElement("graph");
    x.writeAttribute("defaultedgetype", "undirected");
    x.writeAttribute("mode", "dynamic");
    x.writeAttribute("timeformat", "date");
    x.writeCharacters("\n");
    x.writeStartElement("attributes");
    x.writeAttribute("class", "node");
    x.writeEmptyElement("attribute");
    x.writeAttribute("id", "affiliation");
    x.writeAttribute("title", "affiliation");
    x.writeAttribute("type", "string");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeStartElement("nodes");
    for (Map.Entry<String, Affiliation> p : new TreeMap<>(network.people()).entrySet()) {
      x.writeStartElement("node");
      x.writeAttribute("id", p.getKey());
      x.writeAttribute("label", p.getKey());
      x.writeStartElement("attvalues");
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", "affiliation");
      x.writeAttribute("value", p.getValue().code());
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeStartElement("edges");
    int i = 0;
    for (Tie t : network.ties()) {
      x.writeEmptyElement("edge");
      x.writeAttribute("id", "e" + i++);
      x.writeAttribute("source", t.first());
      x.writeAttribute("target", t.second());
      x.writeAttribute("weight", Double.toString(t.weight()));
      x.writeAttribute("start", t.firstObserved().toString());
    }
    finish(x, 3);
  }
}
