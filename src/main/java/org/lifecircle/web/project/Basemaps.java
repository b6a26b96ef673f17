package org.lifecircle.web.project;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The online tile layers this server is configured to offer. None by default: the map then
 * works offline on its own grid. {@code lifecircle.tiles.osm=true} adds OpenStreetMap;
 * {@code lifecircle.tiles.tianditu-key=KEY} adds 天地图 vector tiles and their labels.
 */
@Component
public class Basemaps {

    private final List<Basemap> basemaps;

    public Basemaps(@Value("${lifecircle.tiles.osm:false}") boolean osm,
                    @Value("${lifecircle.tiles.tianditu-key:}") String tiandituKey) {
        List<Basemap> list = new ArrayList<>();
        if (osm) {
            list.add(new Basemap("osm", "OpenStreetMap", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", null,
                    "© OpenStreetMap contributors", 19, false));
        }
        if (tiandituKey != null && !tiandituKey.isBlank()) {
            String key = tiandituKey.trim();
            list.add(new Basemap("tianditu", "天地图 Tianditu", tianditu("vec", key), "01234567",
                    "© 天地图 Tianditu", 18, false));
            list.add(new Basemap("tianditu-labels", "天地图注记 Tianditu labels", tianditu("cva", key), "01234567",
                    "© 天地图 Tianditu", 18, true));
        }
        this.basemaps = List.copyOf(list);
    }

    public List<Basemap> list() {
        return basemaps;
    }

    private static String tianditu(String layer, String key) {
        return "https://t{s}.tianditu.gov.cn/" + layer + "_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                + "&LAYER=" + layer + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                + "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=" + key;
    }
}
