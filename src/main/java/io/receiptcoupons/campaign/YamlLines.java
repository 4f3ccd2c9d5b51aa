package io.receiptcoupons.campaign;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Finds the line of a field path such as conditions.all[0].history.days in a YAML text. */
public final class YamlLines {

  private static final Pattern TOKEN = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
  private final Node root;

  public YamlLines(String text) {
    Node parsed;
    try {
      parsed = new Yaml().compose(new StringReader(text));
    } catch (RuntimeException e) {
      parsed = null;
    }
    this.root = parsed;
  }

  /** False when the text is not even well-formed YAML. */
  public boolean parsed() {
    return root != null;
  }

  /** The 1-based line of the deepest node of the path that exists; 1 if none does. */
  public int lineOf(String path) {
    Node node = root;
    int line = 1;
    Matcher m = TOKEN.matcher(path);
    while (node != null && m.find()) {
      Node next = m.group(1) != null ? field(node, m.group(1)) : item(node, m.group(2));
      if (next == null) {
        break;
      }
      line = keyLine(node, m.group(1), next);
      node = next;
    }
    return line;
  }

  private static Node field(Node node, String name) {
    NodeTuple t = tuple(node, name);
    return t == null ? null : t.getValueNode();
  }

  private static NodeTuple tuple(Node node, String name) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
          return t;
        }
      }
    }
    return null;
  }

  private static Node item(Node node, String index) {
    int i = Integer.parseInt(index);
    return node instanceof SequenceNode seq && i < seq.getValue().size()
        ? seq.getValue().get(i)
        : null;
  }

  // A mapping's value may start on the line after its key; the key's line is what a reader wants.
  private static int keyLine(Node parent, String name, Node value) {
    NodeTuple t = name == null ? null : tuple(parent, name);
    Node at = t == null ? value : t.getKeyNode();
    return at.getStartMark().getLine() + 1;
  }
}
